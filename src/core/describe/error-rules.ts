import type { AlertLevel, GuidanceReason, Phase, Tone } from '../model'

/** How the item's error code reads when the status does not decide on its own. */
export interface ErrorRule {
  phase: Phase
  reason: GuidanceReason
  tone: Tone
  alert: AlertLevel
  retryable: boolean
  /** Which actions to offer, primary first (built in `actions.ts`). */
  actions: ActionPlan[]
}

export type ActionPlan =
  | 'update-credentials'
  | 'mfa-again'
  | 'act-at-institution'
  | 'renew-consent'
  | 'retry'
  | 'contact-support'

const loginError = (
  reason: GuidanceReason,
  actions: ActionPlan[],
  alert: AlertLevel,
  retryable = false,
): ErrorRule => ({ phase: 'login-error', reason, tone: 'danger', alert, retryable, actions })

const outdated = (
  reason: GuidanceReason,
  alert: AlertLevel,
  tone: Tone = 'warning',
): ErrorRule => ({
  phase: 'outdated',
  reason,
  tone,
  alert,
  retryable: true,
  actions: ['retry'],
})

export const ERROR_RULES: Record<string, ErrorRule> = {
  INVALID_CREDENTIALS: loginError('invalid-credentials', ['update-credentials'], 'none'),
  INVALID_CREDENTIALS_MFA: loginError('invalid-mfa', ['mfa-again'], 'none', true),
  ACCOUNT_LOCKED: loginError(
    'account-locked',
    ['act-at-institution', 'update-credentials'],
    'user',
  ),
  ACCOUNT_CREDENTIALS_RESET: loginError(
    'credentials-reset',
    ['act-at-institution', 'update-credentials'],
    'user',
  ),
  ACCOUNT_NEEDS_ACTION: loginError(
    'account-needs-action',
    ['act-at-institution', 'retry'],
    'user',
    true,
  ),
  USER_AUTHORIZATION_NOT_GRANTED: loginError('consent-not-granted', ['renew-consent'], 'user'),
  USER_AUTHORIZATION_REVOKED: loginError('consent-revoked', ['renew-consent'], 'user'),
  ALREADY_LOGGED_IN: loginError('already-logged-in', ['retry'], 'user', true),
  USER_NOT_SUPPORTED: loginError('user-not-supported', ['contact-support'], 'user'),
  SITE_NOT_AVAILABLE: outdated('site-not-available', 'user'),
  CONNECTION_ERROR: outdated('connection-error', 'internal'),
  ERROR: outdated('unexpected-error', 'internal'),
  UNEXPECTED_ERROR: outdated('unexpected-error', 'internal'),
  MERGE_ERROR: outdated('unexpected-error', 'internal'),
  CREATE_ERROR: outdated('unexpected-error', 'internal'),
  USER_INPUT_TIMEOUT: outdated('input-timeout', 'none'),
}

/** A LOGIN_ERROR or OUTDATED item whose code farol does not know. */
export const FALLBACK_RULES = {
  LOGIN_ERROR: loginError('login-error', ['update-credentials'], 'internal'),
  OUTDATED: outdated('outdated', 'internal'),
} as const satisfies Record<string, ErrorRule>
