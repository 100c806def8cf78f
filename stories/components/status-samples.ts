// Items for the status stories: one per guidance reason, no network (inline logo).
import {
  describeItem,
  parseItem,
  type GuidanceReason,
  type Item,
  type ItemGuidance,
} from '../../src/core'
import { connectorLogo } from '../../src/testing/assets'

export const NOW = new Date('2026-07-20T10:00:00.000Z')
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString()
const inDays = (days: number) => at(days * 24 * 60)

export const PLUGGY_BANK = {
  id: 0,
  name: 'Pluggy Bank',
  type: 'PERSONAL_BANK',
  imageUrl: connectorLogo('PB', '0b5cad'),
  primaryColor: 'ef294b',
  health: { status: 'ONLINE' },
  resetPasswordUrl: 'https://bank.example/reset',
  credentials: [
    { name: 'user', label: 'Usuário', type: 'text' },
    { name: 'password', label: 'Senha', type: 'password' },
  ],
}

const base = (extra: Record<string, unknown> = {}) => ({
  id: 'item-1',
  connector: PLUGGY_BANK,
  status: 'UPDATED',
  executionStatus: 'SUCCESS',
  error: null,
  lastUpdatedAt: at(-5),
  updatedAt: at(-5),
  consecutiveFailedLoginAttempts: 0,
  ...extra,
})

const failed = (status: string, code: string, error: Record<string, unknown> = {}) =>
  base({ status, executionStatus: code, error: { code, message: `${code} message`, ...error } })

export const SAMPLE_ITEMS: Record<GuidanceReason, Record<string, unknown>> = {
  syncing: base({ status: 'UPDATING', executionStatus: 'TRANSACTIONS_IN_PROGRESS' }),
  updated: base({ nextAutoSyncAt: inDays(1) }),
  'consent-expiring': base({ consentExpiresAt: inDays(3) }),
  'consent-expired': base({ consentExpiresAt: inDays(-2) }),
  'partial-success': base({
    executionStatus: 'PARTIAL_SUCCESS',
    statusDetail: {
      accounts: { isUpdated: true, lastUpdatedAt: at(-5), warnings: [] },
      transactions: { isUpdated: false, lastUpdatedAt: inDays(-2), warnings: [] },
      investments: {
        isUpdated: true,
        lastUpdatedAt: at(-5),
        warnings: [
          {
            code: '001',
            message: 'User lacks permissions to view investments on this account',
            providerMessage: 'Seu perfil de usuário não está habilitado para esta transação.',
          },
        ],
      },
      creditCards: null,
    },
  }),
  mfa: base({
    status: 'WAITING_USER_INPUT',
    executionStatus: 'WAITING_USER_INPUT',
    parameter: { name: 'token', label: 'Token SMS', type: 'number', expiresAt: at(5) },
  }),
  'mfa-expired': base({
    status: 'WAITING_USER_INPUT',
    executionStatus: 'WAITING_USER_INPUT',
    parameter: { name: 'token', label: 'Token SMS', type: 'number', expiresAt: at(-1) },
  }),
  'user-action': base({
    status: 'WAITING_USER_ACTION',
    executionStatus: 'WAITING_USER_ACTION',
    userAction: {
      type: 'authorize-access',
      instructions: 'Abra o app do banco e aprove o novo acesso.',
      expiresAt: at(10),
    },
  }),
  'user-action-expired': base({
    status: 'WAITING_USER_ACTION',
    executionStatus: 'WAITING_USER_ACTION',
    userAction: { type: 'qr', instructions: 'Escaneie o QR code.', expiresAt: at(-1) },
  }),
  'device-authorization': failed('LOGIN_ERROR', 'USER_AUTHORIZATION_PENDING', {
    attributes: { deviceNickname: 'Farol-7F3A' },
  }),
  'invalid-credentials': {
    ...failed('LOGIN_ERROR', 'INVALID_CREDENTIALS'),
    consecutiveFailedLoginAttempts: 2,
  },
  'invalid-mfa': failed('LOGIN_ERROR', 'INVALID_CREDENTIALS_MFA'),
  'account-locked': failed('LOGIN_ERROR', 'ACCOUNT_LOCKED', {
    providerMessage: 'Acesso bloqueado por excesso de tentativas. Procure sua agência.',
  }),
  'credentials-reset': failed('LOGIN_ERROR', 'ACCOUNT_CREDENTIALS_RESET'),
  'account-needs-action': failed('LOGIN_ERROR', 'ACCOUNT_NEEDS_ACTION', {
    providerMessage: 'Sua senha deve ser alterada',
  }),
  'consent-not-granted': failed('LOGIN_ERROR', 'USER_AUTHORIZATION_NOT_GRANTED'),
  'consent-revoked': failed('LOGIN_ERROR', 'USER_AUTHORIZATION_REVOKED'),
  'already-logged-in': failed('LOGIN_ERROR', 'ALREADY_LOGGED_IN'),
  'user-not-supported': failed('LOGIN_ERROR', 'USER_NOT_SUPPORTED'),
  'login-error': failed('LOGIN_ERROR', 'SOME_NEW_CODE'),
  'site-not-available': {
    ...failed('OUTDATED', 'SITE_NOT_AVAILABLE'),
    nextAutoSyncAt: at(60),
    connector: { ...PLUGGY_BANK, health: { status: 'UNSTABLE' } },
  },
  'connection-error': failed('OUTDATED', 'CONNECTION_ERROR'),
  'unexpected-error': failed('OUTDATED', 'ERROR'),
  'input-timeout': failed('OUTDATED', 'USER_INPUT_TIMEOUT'),
  outdated: { ...failed('OUTDATED', 'SOME_NEW_CODE'), autoSyncDisabledAt: inDays(-1) },
  unknown: base({ status: 'SOMETHING_NEW', executionStatus: 'WHO_KNOWS' }),
}

export interface Sample {
  item: Item
  guidance: ItemGuidance
}

export function sample(reason: GuidanceReason, extra: Record<string, unknown> = {}): Sample {
  const item = parseItem({ ...SAMPLE_ITEMS[reason], ...extra })
  return { item, guidance: describeItem(item, { now: NOW }) }
}

/** The sample of `reason`, optionally on an Open Finance connector (some wording changes). */
export function sampleFor(reason: GuidanceReason, { openFinance = false } = {}): Sample {
  if (!openFinance) return sample(reason)
  const connector = (SAMPLE_ITEMS[reason].connector ?? PLUGGY_BANK) as Record<string, unknown>
  return sample(reason, { connector: { ...connector, isOpenFinance: true } })
}
