import type { ConnectorCredential } from './connector'
import type { ItemErrorCode, ProductKey, ProductWarning, UserAction } from './item'

export type Phase =
  'syncing' | 'ready' | 'partial' | 'waiting-user' | 'login-error' | 'outdated' | 'unknown'

export type Tone = 'success' | 'info' | 'warning' | 'danger' | 'neutral'

export type AlertLevel = 'none' | 'user' | 'internal'

/** What the user can do next. Tagged on `type`; the primary action comes first. */
export type GuidedAction =
  | { type: 'wait'; step?: string }
  | { type: 'update-credentials'; fields: ConnectorCredential[] }
  | { type: 'provide-mfa'; parameter: ConnectorCredential; expiresAt?: string }
  | { type: 'authorize-device'; deviceNickname?: string; expiresAt?: string }
  | { type: 'complete-user-action'; userAction: UserAction; expiresAt?: string }
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
  reason: string
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
  step?: string
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
