// What each guidance reason means, for the stories' docs: where it comes from in Pluggy's
// item, and what the user is told to do (the decision table in the README).
import { GUIDANCE_REASONS, type GuidanceReason, type Phase } from '../../src/core'

/** Every reason, in decision-table order (the `reason` select of the component stories). */
export const ALL_REASONS: GuidanceReason[] = Object.values(GUIDANCE_REASONS).flat()

/** The sidebar folder of each phase. */
export const PHASE_TITLES: Record<Phase, string> = {
  syncing: 'Syncing',
  ready: 'Ready',
  partial: 'Partial',
  'waiting-user': 'Waiting for the user',
  'login-error': 'Login error',
  outdated: 'Outdated',
  unknown: 'Unknown',
}

export const PHASE_DOCS: Record<Phase, string> = {
  syncing: 'The item is being updated: the user waits, and sees which step is running.',
  ready: 'The last update worked: every product may be fetched. Consent may need renewing.',
  partial:
    'The bank was reached but some products failed: per-product status and warnings, and a retry.',
  'waiting-user':
    'The bank waits for the user: a code to type, an action in the bank app, or a device to authorize.',
  'login-error': 'The bank refused the login: what the user must fix, here or at the bank.',
  outdated:
    'The update failed for a reason that is not the login: retry now, later, or start again.',
  unknown:
    'A state farol does not know: a neutral message and a retry; the host gets an internal alert.',
}

interface ReasonDoc {
  /** Pluggy's `status` / `executionStatus` or `error.code` that lead here. */
  pluggy: string
  /** What the user is told to do. */
  user: string
}

export const REASON_DOCS: Record<GuidanceReason, ReasonDoc> = {
  syncing: {
    pluggy: 'UPDATING, MERGING, `*_IN_PROGRESS`, CREATING, CREATED',
    user: 'Wait; the current step is shown (here: transactions).',
  },
  updated: { pluggy: 'UPDATED + SUCCESS', user: 'Nothing to do; when the next auto-sync runs.' },
  'consent-expiring': {
    pluggy: 'UPDATED + SUCCESS, `consentExpiresAt` within 7 days',
    user: 'Renew the Open Finance consent before it expires.',
  },
  'consent-expired': {
    pluggy: 'UPDATED + SUCCESS, `consentExpiresAt` in the past',
    user: 'Renew the Open Finance consent.',
  },
  'partial-success': {
    pluggy: 'UPDATED + PARTIAL_SUCCESS',
    user: 'Retry; per-product status and warnings.',
  },
  mfa: {
    pluggy: 'WAITING_USER_INPUT with `parameter`',
    user: 'Type the code the bank sent, before `expiresAt`.',
  },
  'mfa-expired': {
    pluggy: 'WAITING_USER_INPUT past `parameter.expiresAt`',
    user: 'Start again to get a new code.',
  },
  'user-action': {
    pluggy: 'WAITING_USER_ACTION with `userAction`',
    user: 'Follow the bank’s instructions (QR code, approve in the app), before `expiresAt`.',
  },
  'user-action-expired': {
    pluggy: 'WAITING_USER_ACTION past `userAction.expiresAt`',
    user: 'Start again to get new instructions.',
  },
  'device-authorization': {
    pluggy: 'USER_AUTHORIZATION_PENDING (`error.attributes.deviceNickname`)',
    user: 'Authorize the named device at the bank, then check again.',
  },
  'invalid-credentials': {
    pluggy: 'LOGIN_ERROR + INVALID_CREDENTIALS (here with 2 failed attempts: lock-out risk)',
    user: 'Re-enter the credentials (Open Finance: the CPF/CNPJ is invalid).',
  },
  'invalid-mfa': { pluggy: 'LOGIN_ERROR + INVALID_CREDENTIALS_MFA', user: 'Re-enter the code.' },
  'account-locked': {
    pluggy: 'LOGIN_ERROR + ACCOUNT_LOCKED',
    user: 'Unlock the account at the bank (its message is shown verbatim), then reconnect.',
  },
  'credentials-reset': {
    pluggy: 'LOGIN_ERROR + ACCOUNT_CREDENTIALS_RESET',
    user: 'Create a new password at the bank, then reconnect.',
  },
  'account-needs-action': {
    pluggy: 'LOGIN_ERROR + ACCOUNT_NEEDS_ACTION (`providerMessage`)',
    user: 'Do what the bank asks (its message, verbatim; a reset-password link), then reconnect.',
  },
  'consent-not-granted': {
    pluggy: 'LOGIN_ERROR + USER_AUTHORIZATION_NOT_GRANTED',
    user: 'Authorize the Open Finance consent again.',
  },
  'consent-revoked': {
    pluggy: 'LOGIN_ERROR + USER_AUTHORIZATION_REVOKED',
    user: 'Authorize the Open Finance consent again.',
  },
  'already-logged-in': {
    pluggy: 'LOGIN_ERROR + ALREADY_LOGGED_IN',
    user: 'Close the other session at the bank, then retry.',
  },
  'user-not-supported': {
    pluggy: 'LOGIN_ERROR + USER_NOT_SUPPORTED',
    user: 'This kind of account cannot be connected.',
  },
  'login-error': {
    pluggy: 'LOGIN_ERROR with a code farol does not know',
    user: 'Check the credentials and retry.',
  },
  'site-not-available': {
    pluggy: 'OUTDATED + SITE_NOT_AVAILABLE (here with the connector UNSTABLE)',
    user: 'The bank is unstable: retry later; auto-sync retries 5× hourly.',
  },
  'connection-error': { pluggy: 'OUTDATED + CONNECTION_ERROR', user: 'Retry now.' },
  'unexpected-error': { pluggy: 'OUTDATED + ERROR / UNEXPECTED_ERROR', user: 'Retry now.' },
  'input-timeout': {
    pluggy: 'OUTDATED + USER_INPUT_TIMEOUT',
    user: 'The flow was not finished in time: start again.',
  },
  outdated: {
    pluggy: 'OUTDATED with a code farol does not know (here with auto-sync disabled)',
    user: 'Retry.',
  },
  unknown: {
    pluggy: 'Any status farol does not know (e.g. HIBERNATING)',
    user: 'A neutral message and a retry.',
  },
}

/** The story description of a reason, for the docs page and the story's Docs tab. */
export function reasonDescription(reason: GuidanceReason): string {
  const doc = REASON_DOCS[reason]
  return `\`${reason}\` — **Pluggy:** ${doc.pluggy}. **The user is told:** ${doc.user}`
}
