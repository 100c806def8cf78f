import type { ItemError } from '../../core'
import { OPEN_FINANCE_BANK_ID, PLUGGY_BANK_MFA_ID } from '../connectors'
import type { ItemSetup, RunPlan, SandboxScenario, ScenarioContext } from '../engine/plan'
import {
  INVALID_CREDENTIALS,
  INVALID_CREDENTIALS_MFA,
  failsAtLogin,
  loginError,
  scenario,
  syncWithLogin,
} from './build'
import { mfaTokenFlow } from './waits'

/**
 * What a later PATCH does: `credentials` succeeds once the user submits credentials
 * again (Pluggy Bank's rule still applies), `retry` succeeds on any retry, `never` fails again.
 */
type Recovery = 'credentials' | 'retry' | 'never'

interface LoginErrorSpec {
  name: string
  description: string
  error: ItemError
  recovery: Recovery
  connectorId?: number
  failedLogin?: boolean
  setup?: () => ItemSetup
  retry?: (ctx: ScenarioContext) => RunPlan
}

function loginErrorScenario(spec: LoginErrorSpec): SandboxScenario {
  const recovered = (ctx: ScenarioContext) =>
    ctx.runIndex > 0 &&
    (spec.recovery === 'retry' || (spec.recovery === 'credentials' && ctx.credentialsSubmitted))
  return scenario({
    name: spec.name,
    description: spec.description,
    ...(spec.connectorId === undefined ? {} : { connectorId: spec.connectorId }),
    ...(spec.setup ? { setup: spec.setup } : {}),
    run: (ctx) =>
      recovered(ctx)
        ? (spec.retry ?? syncWithLogin)(ctx)
        : failsAtLogin(loginError(spec.error, spec.failedLogin ?? false)),
    settles: { status: 'LOGIN_ERROR', executionStatus: spec.error.code },
  })
}

export const LOGIN_ERROR_SCENARIOS = [
  loginErrorScenario({
    name: 'invalid-credentials',
    description:
      'LOGIN_ERROR / INVALID_CREDENTIALS with a Portuguese providerMessage; PATCH with user-ok / password-ok fixes it.',
    error: INVALID_CREDENTIALS,
    recovery: 'credentials',
    failedLogin: true,
  }),
  loginErrorScenario({
    name: 'invalid-credentials-open-finance',
    description: 'Open Finance INVALID_CREDENTIALS: the CPF/CNPJ is invalid.',
    connectorId: OPEN_FINANCE_BANK_ID,
    error: {
      code: 'INVALID_CREDENTIALS',
      message: 'Invalid credentials.',
      providerMessage: 'CPF/CNPJ inválido ou sem relacionamento com a instituição.',
    },
    recovery: 'credentials',
    failedLogin: true,
  }),
  loginErrorScenario({
    name: 'invalid-credentials-mfa',
    description:
      'LOGIN_ERROR / INVALID_CREDENTIALS_MFA: a wrong code; a retry asks for the token again.',
    connectorId: PLUGGY_BANK_MFA_ID,
    error: INVALID_CREDENTIALS_MFA,
    recovery: 'retry',
    failedLogin: true,
    retry: mfaTokenFlow,
  }),
  loginErrorScenario({
    name: 'lockout-risk',
    description:
      'INVALID_CREDENTIALS with consecutiveFailedLoginAttempts 2: one more wrong try may lock the account.',
    error: INVALID_CREDENTIALS,
    recovery: 'credentials',
    failedLogin: true,
    setup: () => ({ consecutiveFailedLoginAttempts: 1 }),
  }),
  loginErrorScenario({
    name: 'account-locked',
    description: 'ACCOUNT_LOCKED: unlock at the institution (resetPasswordUrl on the connector).',
    error: {
      code: 'ACCOUNT_LOCKED',
      message: 'The account is locked.',
      providerMessage:
        'Sua conta foi bloqueada por excesso de tentativas. Procure sua agência ou redefina sua senha.',
    },
    recovery: 'credentials',
  }),
  loginErrorScenario({
    name: 'account-credentials-reset',
    description: 'ACCOUNT_CREDENTIALS_RESET: the institution requires a new password.',
    error: {
      code: 'ACCOUNT_CREDENTIALS_RESET',
      message: 'The account credentials must be reset.',
      providerMessage: 'Sua senha expirou. Cadastre uma nova senha no app do banco.',
    },
    recovery: 'credentials',
  }),
  loginErrorScenario({
    name: 'account-needs-action',
    description: 'ACCOUNT_NEEDS_ACTION with a Portuguese providerMessage from the institution.',
    error: {
      code: 'ACCOUNT_NEEDS_ACTION',
      message: 'Account needs a manual user action.',
      providerMessage:
        'Você precisa aceitar os novos termos de uso no app do banco antes de continuar.',
    },
    recovery: 'credentials',
  }),
  loginErrorScenario({
    name: 'account-needs-action-docs-example',
    description: 'ACCOUNT_NEEDS_ACTION exactly as the errors page shows it.',
    error: {
      code: 'ACCOUNT_NEEDS_ACTION',
      message: 'Account needs a manual user action.',
      providerMessage: 'Your password should be changed',
    },
    recovery: 'credentials',
  }),
  loginErrorScenario({
    name: 'account-needs-action-captcha',
    description: 'Bradesco PF login blocked by a captcha (the known-warnings table, Login row).',
    connectorId: 102,
    error: {
      code: 'ACCOUNT_NEEDS_ACTION',
      message: 'Account needs a manual user action.',
      providerMessage: 'O usuário deve acessar a conta manualmente para resolver o captcha.',
    },
    recovery: 'retry',
  }),
  loginErrorScenario({
    name: 'user-authorization-not-granted',
    description: 'Open Finance: the user rejected the consent during the authorization flow.',
    connectorId: OPEN_FINANCE_BANK_ID,
    error: {
      code: 'USER_AUTHORIZATION_NOT_GRANTED',
      message: 'The user did not grant the consent at the institution.',
    },
    recovery: 'credentials',
  }),
  loginErrorScenario({
    name: 'user-authorization-revoked',
    description: 'Open Finance: the user revoked the consent at their bank.',
    connectorId: OPEN_FINANCE_BANK_ID,
    error: {
      code: 'USER_AUTHORIZATION_REVOKED',
      message: 'The user revoked the consent at the institution.',
    },
    recovery: 'credentials',
  }),
  loginErrorScenario({
    name: 'already-logged-in',
    description: 'ALREADY_LOGGED_IN: another session is open; a retry after closing it works.',
    error: {
      code: 'ALREADY_LOGGED_IN',
      message: 'The user is already logged in at the institution.',
      providerMessage:
        'Já existe uma sessão ativa. Encerre-a no outro dispositivo e tente novamente.',
    },
    recovery: 'retry',
  }),
  loginErrorScenario({
    name: 'user-not-supported',
    description: 'USER_NOT_SUPPORTED: this kind of account cannot be connected; retries fail too.',
    error: {
      code: 'USER_NOT_SUPPORTED',
      message: 'This user or account type is not supported.',
      providerMessage: 'Tipo de conta não suportado.',
    },
    recovery: 'never',
  }),
]
