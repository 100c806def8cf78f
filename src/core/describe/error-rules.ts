import type { AlertLevel, GuidanceReason, Item } from '../model'
import { ownValue } from '../own-value'
import { buildActions, type ActionPlan } from './actions'
import { baseGuidance, type BaseGuidance } from './base-guidance'

type Rule = [reason: GuidanceReason, alert: AlertLevel, ...actions: ActionPlan[]]

/** LOGIN_ERROR codes: the user acts (primary action first) before an update can work. */
const LOGIN_ERRORS: Record<string, Rule> = {
  INVALID_CREDENTIALS: ['invalid-credentials', 'none', 'update-credentials'],
  INVALID_CREDENTIALS_MFA: ['invalid-mfa', 'none', 'mfa-again'],
  ACCOUNT_LOCKED: ['account-locked', 'user', 'act-at-institution', 'update-credentials'],
  ACCOUNT_CREDENTIALS_RESET: [
    'credentials-reset',
    'user',
    'act-at-institution',
    'update-credentials',
  ],
  ACCOUNT_NEEDS_ACTION: ['account-needs-action', 'user', 'act-at-institution', 'retry'],
  USER_AUTHORIZATION_NOT_GRANTED: ['consent-not-granted', 'user', 'renew-consent'],
  USER_AUTHORIZATION_REVOKED: ['consent-revoked', 'user', 'renew-consent'],
  ALREADY_LOGGED_IN: ['already-logged-in', 'user', 'retry'],
  USER_NOT_SUPPORTED: ['user-not-supported', 'user', 'contact-support'],
}

/** OUTDATED codes: a retry may work. */
const OUTDATED_ERRORS: Record<string, Rule> = {
  SITE_NOT_AVAILABLE: ['site-not-available', 'user'],
  CONNECTION_ERROR: ['connection-error', 'internal'],
  ERROR: ['unexpected-error', 'internal'],
  UNEXPECTED_ERROR: ['unexpected-error', 'internal'],
  MERGE_ERROR: ['unexpected-error', 'internal'],
  CREATE_ERROR: ['unexpected-error', 'internal'],
  USER_INPUT_TIMEOUT: ['input-timeout', 'none'],
}

/**
 * A LOGIN_ERROR or OUTDATED item, read from its error code (else its execution status,
 * else the status alone). A known code decides the phase, whatever the status.
 */
export function ruleFor(
  errorCode: string,
  executionStatus: string,
  status: string,
  item: Item,
): BaseGuidance {
  for (const code of [errorCode, executionStatus]) {
    const login = ownValue(LOGIN_ERRORS, code)
    if (login) return loginError(login, item, errorCode)
    const outdated = ownValue(OUTDATED_ERRORS, code)
    if (outdated) return outdatedError(outdated)
  }
  return status === 'LOGIN_ERROR'
    ? loginError(['login-error', 'internal', 'update-credentials'], item, errorCode)
    : outdatedError(['outdated', 'internal'])
}

function loginError([reason, alert, ...plan]: Rule, item: Item, errorCode: string): BaseGuidance {
  return baseGuidance('login-error', reason, 'danger', {
    terminal: true,
    // Only a retry or a new MFA code can work without the user acting elsewhere first.
    retryable: plan.includes('retry') || plan.includes('mfa-again'),
    actions: buildActions(plan, item, errorCode),
    alert,
  })
}

function outdatedError([reason, alert]: Rule): BaseGuidance {
  return baseGuidance('outdated', reason, 'warning', {
    terminal: true,
    retryable: true,
    actions: [{ type: 'retry' }],
    alert,
  })
}
