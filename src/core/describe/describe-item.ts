import type {
  GuidanceNotice,
  GuidedAction,
  Item,
  ItemGuidance,
  Phase,
  ProductKey,
  Tone,
} from '../model'
import { buildActions } from './actions'
import { autoSyncOf } from './auto-sync'
import { deviceNicknameOf } from './device'
import { ERROR_RULES, FALLBACK_RULES, type ErrorRule } from './error-rules'
import {
  autoSyncDisabledNotice,
  connectorHealthNotice,
  consentNotice,
  lockoutNotice,
  type NoticeOptions,
} from './notices'
import { collectWarnings, productStates, requestedProducts } from './products'
import { isInProgressExecution, syncStepOf } from './sync-step'
import { toIso, toTime } from './time'
import { own } from '../own'

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

type Draft = Omit<ItemGuidance, 'warnings' | 'autoSync' | 'notices' | 'failedProducts'> &
  Partial<Pick<ItemGuidance, 'failedProducts'>>

const str = (value: unknown) => (typeof value === 'string' ? value : '')

/** Statuses after which the execution status no longer means "in progress". */
const SETTLED_STATUSES = new Set(['UPDATED', 'LOGIN_ERROR', 'OUTDATED'])

/**
 * What the user should be told and what the host may do, for any item.
 * Encodes the decision table in DESIGN.md. Never throws.
 */
export function describeItem(item: Item, options: DescribeItemOptions = {}): ItemGuidance {
  try {
    return describe(item, options)
  } catch {
    return { ...unknownDraft(), ...emptyExtras() }
  }
}

function describe(item: Item, options: DescribeItemOptions): ItemGuidance {
  const optionNow = options.now?.getTime()
  const now = optionNow !== undefined && Number.isFinite(optionNow) ? optionNow : Date.now()
  const noticeOptions: NoticeOptions = {
    now,
    consentWarningDays: options.consentWarningDays ?? 7,
    lockoutWarningAttempts: options.lockoutWarningAttempts ?? 2,
  }
  const status = str(item.status)
  const executionStatus = str(item.executionStatus)
  const errorCode = str(item.error?.code) || executionStatus
  const states = productStates(item)

  const draft = decide(item, { status, executionStatus, errorCode, now, states, options })
  const providerMessage = str(item.error?.providerMessage)
  const notices = [
    draft.phase === 'login-error' ? lockoutNotice(item, noticeOptions) : undefined,
    draft.reason.startsWith('consent-') ? undefined : consentNotice(item, noticeOptions),
    draft.phase === 'ready' ? undefined : connectorHealthNotice(item),
    autoSyncDisabledNotice(item),
  ].filter((notice): notice is GuidanceNotice => notice !== undefined)

  const offline = item.connector?.health?.status === 'OFFLINE'
  return {
    ...draft,
    retryable: draft.retryable && !offline,
    failedProducts: draft.failedProducts ?? [],
    warnings: collectWarnings(item, states),
    notices,
    autoSync: autoSyncOf(item, draft.phase, now, options.autoSyncAttempts),
    ...(providerMessage && !draft.providerMessage && { providerMessage }),
  }
}

interface Facts {
  status: string
  executionStatus: string
  errorCode: string
  now: number
  states: ReturnType<typeof productStates>
  options: DescribeItemOptions
}

function decide(item: Item, facts: Facts): Draft {
  const { status, executionStatus, errorCode } = facts
  const settled = SETTLED_STATUSES.has(status)
  if (status === 'WAITING_USER_INPUT' || (!settled && executionStatus === 'WAITING_USER_INPUT')) {
    return waitingForInput(item, facts.now)
  }
  if (status === 'WAITING_USER_ACTION' || (!settled && executionStatus === 'WAITING_USER_ACTION')) {
    return waitingForAction(item, facts.now)
  }
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
    return draft('syncing', 'syncing', 'info', {
      step,
      actions: [{ type: 'wait', step }],
    })
  }
  if (status === 'UPDATED') return updated(item, facts)
  if (status === 'LOGIN_ERROR' || status === 'OUTDATED') {
    const rule: ErrorRule =
      own(ERROR_RULES, errorCode) ?? own(ERROR_RULES, executionStatus) ?? FALLBACK_RULES[status]
    return {
      phase: rule.phase,
      tone: rule.tone,
      reason: rule.reason,
      terminal: true,
      retryable: rule.retryable,
      fetchableProducts: [],
      actions: buildActions(rule.actions, item, errorCode),
      alert: rule.alert,
    }
  }
  return unknownDraft()
}

function draft(
  phase: Phase,
  reason: ItemGuidance['reason'],
  tone: Tone,
  rest: Partial<Draft> = {},
): Draft {
  return {
    phase,
    reason,
    tone,
    terminal: false,
    retryable: false,
    fetchableProducts: [],
    actions: [],
    alert: 'none',
    ...rest,
  }
}

function unknownDraft(): Draft {
  return draft('unknown', 'unknown', 'neutral', {
    retryable: true,
    actions: [{ type: 'retry' }],
    alert: 'internal',
  })
}

function emptyExtras(): Pick<ItemGuidance, 'warnings' | 'notices' | 'autoSync' | 'failedProducts'> {
  return { warnings: [], notices: [], autoSync: { willRetry: false }, failedProducts: [] }
}

const expired = (expiresAt: string | undefined, now: number) =>
  expiresAt !== undefined && toTime(expiresAt)! <= now

const retryAfterExpiry = (): Partial<Draft> => ({
  terminal: true,
  retryable: true,
  actions: [{ type: 'retry' }],
})

function waitingForInput(item: Item, now: number): Draft {
  const parameter = item.parameter
  if (!parameter || typeof parameter !== 'object' || !str(parameter.name)) {
    return draft('waiting-user', 'mfa', 'info', retryAfterExpiry())
  }
  const expiresAt = toIso(parameter.expiresAt)
  if (expired(expiresAt, now))
    return draft('waiting-user', 'mfa-expired', 'warning', retryAfterExpiry())
  const action: GuidedAction = { type: 'provide-mfa', parameter, ...(expiresAt && { expiresAt }) }
  // Nothing changes until the user answers, so polling may stop.
  return draft('waiting-user', 'mfa', 'info', { terminal: true, actions: [action] })
}

function waitingForAction(item: Item, now: number): Draft {
  const userAction = item.userAction
  if (!userAction || typeof userAction !== 'object') {
    return draft('waiting-user', 'user-action', 'info', { actions: [{ type: 'wait' }] })
  }
  const expiresAt = toIso(userAction.expiresAt)
  if (expired(expiresAt, now)) {
    return draft('waiting-user', 'user-action-expired', 'warning', retryAfterExpiry())
  }
  const action: GuidedAction = {
    type: 'complete-user-action',
    userAction,
    ...(expiresAt && { expiresAt }),
  }
  return draft('waiting-user', 'user-action', 'info', { actions: [action] })
}

function waitingForDevice(item: Item): Draft {
  const deviceNickname = deviceNicknameOf(item)
  const expiresAt = toIso(item.error?.attributes?.expiresAt ?? item.userAction?.expiresAt)
  return draft('waiting-user', 'device-authorization', 'info', {
    retryable: true,
    actions: [
      {
        type: 'authorize-device',
        ...(deviceNickname && { deviceNickname }),
        ...(expiresAt && { expiresAt }),
      },
      { type: 'retry' },
    ],
  })
}

function updated(item: Item, facts: Facts): Draft {
  const failed = facts.states.filter(([, state]) => state.isUpdated === false).map(([key]) => key)
  if (facts.executionStatus === 'PARTIAL_SUCCESS' || failed.length > 0) {
    const critical = facts.options.criticalProducts ?? ['transactions']
    return draft('partial', 'partial-success', 'warning', {
      terminal: true,
      retryable: true,
      fetchableProducts: facts.states
        .filter(([, state]) => state.isUpdated === true)
        .map(([key]) => key),
      failedProducts: failed,
      actions: [{ type: 'retry' }],
      alert: failed.some((product) => critical.includes(product)) ? 'internal' : 'user',
    })
  }
  const ready = draft('ready', 'updated', 'success', {
    terminal: true,
    retryable: true,
    fetchableProducts: requestedProducts(item, facts.states),
  })
  const consent = consentNotice(item, {
    now: facts.now,
    consentWarningDays: facts.options.consentWarningDays ?? 7,
    lockoutWarningAttempts: 0,
  })
  if (consent?.type === 'consent-expired' || consent?.type === 'consent-expiring') {
    const expiredConsent = consent.type === 'consent-expired'
    return {
      ...ready,
      reason: consent.type,
      tone: expiredConsent ? 'danger' : 'warning',
      alert: 'user',
      actions: [{ type: 'renew-consent', consentExpiresAt: consent.consentExpiresAt }],
    }
  }
  return ready
}
