import type { GuidanceNotice, GuidedAction, Item, ItemGuidance, ProductKey } from '../model'
import { ruleFor } from './error-rules'
import { autoSyncOf } from './auto-sync'
import { deviceNicknameOf } from './device'
import { defined } from './defined'
import { baseGuidance, type BaseGuidance } from './base-guidance'
import { isObject, textOf } from './guards'
import {
  autoSyncDisabledNotice,
  connectorHealthNotice,
  consentNotice,
  lockoutNotice,
} from './notices'
import {
  collectWarnings,
  productStates,
  productsWhere,
  requestedProducts,
  type States,
} from './products'
import { isInProgressExecution, syncStepOf } from './sync-step'
import { toIso, toTime } from './time'

export interface DescribeItemOptions {
  /** The current time (default: `new Date()`). */
  now?: Date
  /** A failure of one of these on PARTIAL_SUCCESS raises an internal alert. Default: transactions. */
  criticalProducts?: ProductKey[]
  /** Warn this many days before Open Finance consent expires. Default: 7. */
  consentWarningDays?: number
  /** Warn about a lock-out from this many consecutive failed logins. Default: 2. */
  lockoutWarningAttempts?: number
  /** Failed automatic retries so far (e.g. counted from webhooks), to tell how many remain. */
  autoSyncAttempts?: number
}

/**
 * What the user should be told and what the host may do, for any item.
 * Encodes the decision table (README, and the Decision table story). Never throws.
 */
export function describeItem(item: Item, options: DescribeItemOptions = {}): ItemGuidance {
  try {
    return describe(item, options)
  } catch {
    return { ...unknown(), warnings: [], notices: [], autoSync: { willRetry: false } }
  }
}

function describe(item: Item, options: DescribeItemOptions): ItemGuidance {
  const optionNow = options.now?.getTime()
  const now = Number.isFinite(optionNow) ? optionNow! : Date.now()
  const states = productStates(item)
  const guidance = decide(item, now, states, options)
  const notices = [
    guidance.phase === 'login-error' && lockoutNotice(item, options.lockoutWarningAttempts ?? 2),
    // A revoked or refused consent has no expiry left to count down.
    guidance.phase !== 'login-error' && consentNotice(item, now, options.consentWarningDays ?? 7),
    guidance.phase !== 'ready' && connectorHealthNotice(item),
    autoSyncDisabledNotice(item),
  ].filter((notice): notice is GuidanceNotice => !!notice)

  return defined({
    ...guidance,
    retryable: guidance.retryable && item.connector?.health?.status !== 'OFFLINE',
    warnings: collectWarnings(item, states),
    notices,
    autoSync: autoSyncOf(item, guidance.phase, now, options.autoSyncAttempts),
    providerMessage: textOf(item.error?.providerMessage) || undefined,
  })
}

function decide(
  item: Item,
  now: number,
  states: States,
  options: DescribeItemOptions,
): BaseGuidance {
  const status = textOf(item.status)
  const executionStatus = textOf(item.executionStatus)
  const errorCode = textOf(item.error?.code) || executionStatus
  // Once an update has settled, a stale execution status no longer says what is going on.
  const settled = status === 'UPDATED' || status === 'LOGIN_ERROR' || status === 'OUTDATED'
  const current = (what: string) => status === what || (!settled && executionStatus === what)

  if (current('WAITING_USER_INPUT')) return waitingForInput(item, now)
  if (current('WAITING_USER_ACTION')) return waitingForAction(item, now)
  if (errorCode === 'USER_AUTHORIZATION_PENDING' && status !== 'UPDATED') {
    return waitingForDevice(item)
  }
  if (
    status === 'UPDATING' ||
    status === 'MERGING' ||
    status === 'CREATED' ||
    (!settled && isInProgressExecution(executionStatus))
  ) {
    const step = syncStepOf(status, executionStatus)
    return baseGuidance('syncing', 'syncing', 'info', { step, actions: [{ type: 'wait', step }] })
  }
  if (status !== 'UPDATED') {
    return settled ? ruleFor(errorCode, executionStatus, status, item) : unknown()
  }
  const failedProducts = productsWhere(states, false)
  if (executionStatus === 'PARTIAL_SUCCESS' || failedProducts.length > 0) {
    const critical = options.criticalProducts ?? ['transactions']
    return baseGuidance('partial', 'partial-success', 'warning', {
      ...retryNow(),
      fetchableProducts: productsWhere(states, true),
      failedProducts,
      alert: failedProducts.some((product) => critical.includes(product)) ? 'internal' : 'user',
    })
  }
  const ready = baseGuidance('ready', 'updated', 'success', {
    terminal: true,
    retryable: true,
    fetchableProducts: requestedProducts(item, states),
  })
  const consent = consentNotice(item, now, options.consentWarningDays ?? 7)
  return consent
    ? {
        ...ready,
        reason: consent.type,
        tone: consent.type === 'consent-expired' ? 'danger' : 'warning',
        alert: 'user',
        actions: [{ type: 'renew-consent', consentExpiresAt: consent.consentExpiresAt }],
      }
    : ready
}

/** Polling may stop; the user may try again now. */
const retryNow = (): Partial<BaseGuidance> => ({
  terminal: true,
  retryable: true,
  actions: [{ type: 'retry' }],
})

function unknown(): BaseGuidance {
  return baseGuidance('unknown', 'unknown', 'neutral', {
    retryable: true,
    actions: [{ type: 'retry' }],
    alert: 'internal',
  })
}

const expired = (expiresAt: string | undefined, now: number) =>
  expiresAt !== undefined && toTime(expiresAt)! <= now

function waitingForInput(item: Item, now: number): BaseGuidance {
  const parameter = item.parameter
  if (!isObject(parameter) || !textOf(parameter.name)) {
    return baseGuidance('waiting-user', 'mfa', 'info', retryNow())
  }
  const expiresAt = toIso(parameter.expiresAt)
  if (expired(expiresAt, now))
    return baseGuidance('waiting-user', 'mfa-expired', 'warning', retryNow())
  // Nothing changes until the user answers, so polling may stop.
  return baseGuidance('waiting-user', 'mfa', 'info', {
    terminal: true,
    actions: [defined({ type: 'provide-mfa', parameter, expiresAt })],
  })
}

function waitingForAction(item: Item, now: number): BaseGuidance {
  const userAction = item.userAction
  if (!isObject(userAction)) {
    return baseGuidance('waiting-user', 'user-action', 'info', { actions: [{ type: 'wait' }] })
  }
  const expiresAt = toIso(userAction.expiresAt)
  if (expired(expiresAt, now)) {
    return baseGuidance('waiting-user', 'user-action-expired', 'warning', retryNow())
  }
  return baseGuidance('waiting-user', 'user-action', 'info', {
    actions: [
      defined({
        type: 'complete-user-action',
        userAction,
        expiresAt,
        deviceNickname: deviceNicknameOf(item),
      }),
    ],
  })
}

function waitingForDevice(item: Item): BaseGuidance {
  const authorize: GuidedAction = defined({
    type: 'authorize-device',
    deviceNickname: deviceNicknameOf(item),
    expiresAt: toIso(item.error?.attributes?.expiresAt ?? item.userAction?.expiresAt),
  })
  return baseGuidance('waiting-user', 'device-authorization', 'info', {
    retryable: true,
    actions: [authorize, { type: 'retry' }],
  })
}
