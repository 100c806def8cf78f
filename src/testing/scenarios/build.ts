import type { ItemError, ProductKey } from '../../core'
import { PLUGGY_BANK_ID, PLUGGY_BANK_MFA_ID, SANDBOX_CREDENTIALS } from '../connectors'
import type { Outcome, RunPlan, SandboxScenario, ScenarioContext, Step } from '../engine/plan'
import { stepOf } from '../engine/products'
import { INPUT_TIMEOUT_OUTCOME } from '../engine/timeline'

// Small builders the scenario files share.

export const LOGIN_STEPS: Step[] = [
  { executionStatus: 'CREATED' },
  { executionStatus: 'LOGIN_IN_PROGRESS' },
]

export const SUCCESS: Outcome = { kind: 'success' }

export function collectSteps(products: readonly ProductKey[]): Step[] {
  return products.map((key) => ({ executionStatus: stepOf(key) }))
}

/** Log in, collect every requested product, end with `end`. */
export function fullSync(ctx: ScenarioContext, end: Outcome = SUCCESS): RunPlan {
  return { steps: [...LOGIN_STEPS, ...collectSteps(ctx.products)], end }
}

/** After an MFA answer or an approval: finish the login, collect, end with `end`. */
export function resumeSync(ctx: ScenarioContext, loginStep: Step, end: Outcome = SUCCESS): RunPlan {
  return { steps: [loginStep, ...collectSteps(ctx.products)], end }
}

/** Fails during login. */
export function failsAtLogin(end: Outcome): RunPlan {
  return { steps: LOGIN_STEPS, end }
}

/** Logs in, starts on the first product, then fails. */
export function failsWhileCollecting(ctx: ScenarioContext, end: Outcome): RunPlan {
  return { steps: [...LOGIN_STEPS, ...collectSteps(ctx.products.slice(0, 1))], end }
}

export function loginError(error: ItemError, failedLogin = false): Outcome {
  return { kind: 'error', status: 'LOGIN_ERROR', error, failedLogin }
}

export function outdated(error: ItemError, executionStatus?: string): Outcome {
  return {
    kind: 'error',
    status: 'OUTDATED',
    error,
    ...(executionStatus === undefined ? {} : { executionStatus }),
  }
}

export const INVALID_CREDENTIALS: ItemError = {
  code: 'INVALID_CREDENTIALS',
  message: 'Invalid credentials.',
  providerMessage: 'Usuário ou senha inválidos.',
}

export const INVALID_CREDENTIALS_MFA: ItemError = {
  code: 'INVALID_CREDENTIALS_MFA',
  message: 'Invalid MFA credentials.',
  providerMessage: 'Código de segurança inválido.',
}

export const USER_INPUT_TIMEOUT = INPUT_TIMEOUT_OUTCOME

/** Pluggy Bank's rule: `user-ok` / `password-ok` log in, anything else is INVALID_CREDENTIALS. */
export function credentialsWork(ctx: ScenarioContext): boolean {
  const checked = ctx.connector.id === PLUGGY_BANK_ID || ctx.connector.id === PLUGGY_BANK_MFA_ID
  return (
    !checked ||
    (ctx.credentials.user === SANDBOX_CREDENTIALS.user &&
      ctx.credentials.password === SANDBOX_CREDENTIALS.password)
  )
}

/** Checks the credentials first (Pluggy Bank's rule), then goes on with `next`. */
export function afterLogin(ctx: ScenarioContext, next: (ctx: ScenarioContext) => RunPlan): RunPlan {
  return credentialsWork(ctx) ? next(ctx) : failsAtLogin(loginError(INVALID_CREDENTIALS, true))
}

/** A success after whatever login rule applies. */
export function syncWithLogin(ctx: ScenarioContext, end: Outcome = SUCCESS): RunPlan {
  return afterLogin(ctx, (c) => fullSync(c, end))
}

export function scenario(definition: SandboxScenario): SandboxScenario {
  return definition
}
