import type { ConnectorCredential, UserAction } from '../../core'
import { SANDBOX_QR_PNG } from '../assets'
import { PLUGGY_BANK_MFA_ID, SANDBOX_MFA_TOKEN } from '../connectors'
import type { RunPlan, ScenarioContext } from '../engine/plan'
import {
  INVALID_CREDENTIALS_MFA,
  LOGIN_STEPS,
  afterLogin,
  fullSync,
  loginError,
  resumeSync,
  scenario,
} from './build'

const MFA_STEP = { executionStatus: 'LOGIN_MFA_IN_PROGRESS' } as const

export const TOKEN_PARAMETER: Omit<ConnectorCredential, 'expiresAt'> = {
  name: 'token',
  label: 'Token',
  type: 'number',
  mfa: true,
  placeholder: 'Ex.: 123456',
  validation: '^\\d{6}$',
  validationMessage: 'O token deve ter 6 números.',
  assistiveText: 'Enviamos um SMS com o código para o celular cadastrado.',
  optional: false,
}

/** Two-step MFA: log in, ask for a 6-digit token; 123456 works, any other code fails. */
export function mfaTokenFlow(ctx: ScenarioContext): RunPlan {
  return afterLogin(ctx, () => ({
    steps: LOGIN_STEPS,
    end: {
      kind: 'input',
      parameter: TOKEN_PARAMETER,
      onAnswer: (answer, c) =>
        answer === SANDBOX_MFA_TOKEN
          ? resumeSync(c, MFA_STEP)
          : { steps: [MFA_STEP], end: loginError(INVALID_CREDENTIALS_MFA, true) },
    },
  }))
}

/** MFA that accepts any valid answer to `parameter`. */
function mfaFlow(parameter: Omit<ConnectorCredential, 'expiresAt'>) {
  return (ctx: ScenarioContext): RunPlan =>
    afterLogin(ctx, () => ({
      steps: LOGIN_STEPS,
      end: { kind: 'input', parameter, onAnswer: (_answer, c) => resumeSync(c, MFA_STEP) },
    }))
}

function userActionFlow(userAction: Omit<UserAction, 'expiresAt'>) {
  return (): RunPlan => ({
    steps: LOGIN_STEPS,
    end: {
      kind: 'action',
      userAction,
      onComplete: (c) => resumeSync(c, { executionStatus: 'LOGIN_IN_PROGRESS' }),
    },
  })
}

const WAITING_INPUT = { status: 'WAITING_USER_INPUT', executionStatus: 'WAITING_USER_INPUT' }
const WAITING_ACTION = { status: 'WAITING_USER_ACTION', executionStatus: 'WAITING_USER_ACTION' }

export const WAIT_SCENARIOS = [
  scenario({
    name: 'mfa-number',
    description: `MFA token (number, 6 digits, expiresAt): ${SANDBOX_MFA_TOKEN} syncs, another code is INVALID_CREDENTIALS_MFA.`,
    connectorId: PLUGGY_BANK_MFA_ID,
    run: mfaTokenFlow,
    settles: WAITING_INPUT,
  }),
  scenario({
    name: 'mfa-text',
    description: 'MFA asking for a text answer (a keyword), with instructions and expiresAt.',
    connectorId: PLUGGY_BANK_MFA_ID,
    run: mfaFlow({
      name: 'keyword',
      label: 'Palavra-chave',
      type: 'text',
      mfa: true,
      instructions: 'Digite a palavra-chave que você cadastrou no app do banco.',
      placeholder: 'Palavra-chave',
    }),
    settles: WAITING_INPUT,
  }),
  scenario({
    name: 'mfa-select',
    description: 'MFA asking the user to pick one of several options (select), with expiresAt.',
    connectorId: PLUGGY_BANK_MFA_ID,
    run: mfaFlow({
      name: 'account',
      label: 'Selecione a conta',
      type: 'select',
      mfa: true,
      instructions: 'Escolha a conta que deseja conectar.',
      options: [
        { value: '1', label: 'Conta corrente 0001-2' },
        { value: '2', label: 'Poupança 0001-3' },
      ],
    }),
    settles: WAITING_INPUT,
  }),
  scenario({
    name: 'mfa-image',
    description: 'MFA with a QR code image (a PNG data URL in parameter.data), with expiresAt.',
    connectorId: PLUGGY_BANK_MFA_ID,
    run: mfaFlow({
      name: 'qrCodeAnswer',
      label: 'Escaneie o QR Code',
      type: 'image',
      mfa: true,
      data: SANDBOX_QR_PNG,
      instructions: 'Escaneie o QR Code com o app do banco e digite o código exibido.',
    }),
    settles: WAITING_INPUT,
  }),
  scenario({
    name: 'device-authorization',
    description:
      'USER_AUTHORIZATION_PENDING with error.attributes.deviceNickname; approveDevice(itemId) lets it sync.',
    run: (ctx) =>
      ctx.deviceApproved
        ? fullSync(ctx)
        : {
            steps: LOGIN_STEPS,
            end: {
              kind: 'device',
              error: {
                code: 'USER_AUTHORIZATION_PENDING',
                message: 'The user needs to grant necessary permissions for their account.',
                attributes: { deviceNickname: '123456789' },
              },
              onApprove: (c) => resumeSync(c, { executionStatus: 'LOGIN_IN_PROGRESS' }),
            },
          },
    settles: { status: 'OUTDATED', executionStatus: 'USER_AUTHORIZATION_PENDING' },
  }),
  scenario({
    name: 'user-action-authorize-access',
    description:
      'WAITING_USER_ACTION, authorize-access in the bank app (expiresAt); completeUserAction(itemId) goes on.',
    run: userActionFlow({
      type: 'authorize-access',
      instructions: 'Abra o app do Pluggy Bank e autorize o novo acesso.',
      attributes: { deviceNickname: 'Pluggy-7F3A' },
    }),
    settles: WAITING_ACTION,
  }),
  scenario({
    name: 'user-action-qr',
    description:
      'WAITING_USER_ACTION, scan a QR code (expiresAt); completeUserAction(itemId) goes on.',
    run: userActionFlow({
      type: 'qr',
      instructions: 'Escaneie o QR Code com o app do banco para autorizar o acesso.',
      attributes: { qrCode: SANDBOX_QR_PNG },
    }),
    settles: WAITING_ACTION,
  }),
]
