import type { ConnectorCredential } from './connector'
import type { ItemErrorCode, ProductWarning, UserAction } from './item'
import type { ProductKey } from './product-key'

export type Phase =
  'syncing' | 'ready' | 'partial' | 'waiting-user' | 'login-error' | 'outdated' | 'unknown'

export type Tone = 'success' | 'info' | 'warning' | 'danger' | 'neutral'

export type AlertLevel = 'none' | 'user' | 'internal'

/** Every `reason` `describeItem` can return, by phase. i18n keys hang off these. */
export const GUIDANCE_REASONS = {
  syncing: ['syncing'],
  ready: ['updated', 'consent-expiring', 'consent-expired'],
  partial: ['partial-success'],
  'waiting-user': [
    'mfa',
    'mfa-expired',
    'user-action',
    'user-action-expired',
    'device-authorization',
  ],
  'login-error': [
    'invalid-credentials',
    'invalid-mfa',
    'account-locked',
    'credentials-reset',
    'account-needs-action',
    'consent-not-granted',
    'consent-revoked',
    'already-logged-in',
    'user-not-supported',
    'login-error',
  ],
  outdated: [
    'site-not-available',
    'connection-error',
    'unexpected-error',
    'input-timeout',
    'outdated',
  ],
  unknown: ['unknown'],
} as const satisfies Record<Phase, readonly string[]>

export type GuidanceReason = (typeof GUIDANCE_REASONS)[Phase][number]

/** The in-progress step while syncing (`guidance.step`), from `executionStatus`. */
export const SYNC_STEPS = [
  'creating',
  'login',
  'login-mfa',
  'accounts',
  'credit-cards',
  'transactions',
  'payment-data',
  'investments',
  'investment-transactions',
  'identity',
  'loans',
  'account-statements',
  'merging',
  'other',
] as const
export type SyncStep = (typeof SYNC_STEPS)[number]

/** What the user can do next. Tagged on `type`; the primary action comes first. */
export type GuidedAction =
  | { type: 'wait'; step?: SyncStep }
  | { type: 'update-credentials'; fields: ConnectorCredential[] }
  | { type: 'provide-mfa'; parameter: ConnectorCredential; expiresAt?: string }
  | { type: 'authorize-device'; deviceNickname?: string; expiresAt?: string }
  | {
      type: 'complete-user-action'
      userAction: UserAction
      expiresAt?: string
      /** The device the bank asks to approve, wherever Pluggy put its nickname. */
      deviceNickname?: string
    }
  | { type: 'act-at-institution'; providerMessage?: string; resetPasswordUrl?: string }
  | { type: 'renew-consent'; consentExpiresAt?: string }
  | { type: 'retry'; notBefore?: string }
  | { type: 'contact-support'; code: ItemErrorCode }

export type GuidedActionType = GuidedAction['type']

export interface GuidanceWarning extends ProductWarning {
  product: ProductKey
  /** Key of the known-warnings catalog row that matched, when one did. */
  catalogId?: string
  /** The catalog's action item for this warning (English; translated through i18n by `catalogId`). */
  hint?: string
}

export interface AutoSyncInfo {
  willRetry: boolean
  nextAttemptAt?: string
  attemptsLeft?: number
}

/** What `describeItem` tells the user and the host about an item. */
export interface ItemGuidance {
  phase: Phase
  tone: Tone
  /** Stable kebab-case key, e.g. `invalid-credentials`; i18n keys hang off it. */
  reason: GuidanceReason
  /** Polling may stop. */
  terminal: boolean
  /** The user may trigger an update now. */
  retryable: boolean
  fetchableProducts: ProductKey[]
  failedProducts: ProductKey[]
  warnings: GuidanceWarning[]
  actions: GuidedAction[]
  alert: AlertLevel
  /** Verbatim institution text (Portuguese). */
  providerMessage?: string
  autoSync: AutoSyncInfo
  /** The in-progress step while syncing, e.g. `transactions`. */
  step?: SyncStep
  /** Extra facts the UI may show beside the main message. */
  notices: GuidanceNotice[]
}

/** Secondary facts: shown beside the headline, never replacing it. */
export type GuidanceNotice =
  | { type: 'lockout-risk'; failedAttempts: number }
  | { type: 'consent-expiring'; consentExpiresAt: string; daysLeft: number }
  | { type: 'consent-expired'; consentExpiresAt: string }
  | { type: 'connector-health'; status: 'OFFLINE' | 'UNSTABLE' }
  | { type: 'auto-sync-disabled'; since?: string }
