import { credentialInputKind } from '../credentials/input-kind'
import { describeItem } from '../describe'
import type { ApiProblem, ApiProblemKind, GuidedAction, Item, ItemGuidance } from '../model'
import { errorBackoffDelay, POLL_INTERVALS, syncingDelay } from './intervals'

export interface PollContext {
  /** The item's guidance; computed with `describeItem(item, { now })` when omitted. */
  guidance?: ItemGuidance
  now: Date | number
  /** Time since the current sync (or poll session) started. */
  elapsedMs: number
  /** Consecutive failed requests (default 0). */
  errorCount?: number
  /** The last request's problem; clear it after a success. */
  error?: ApiProblem
  /** The tab is hidden: pause (React Query refetches on focus). */
  hidden?: boolean
  /** A webhook/SSE relay is delivering events for this item. */
  pushHealthy?: boolean
  /** For jitter; default `Math.random`. */
  random?: () => number
}

/** Nothing a later poll can fix: the client layer handles auth (`onAuthError`). */
const STOP_KINDS: ReadonlySet<ApiProblemKind> = new Set(['unauthorized', 'forbidden', 'not-found'])
/** Answers to an update or MFA request, not failed polls: they do not slow polling. */
const MUTATION_KINDS: ReadonlySet<ApiProblemKind> = new Set(['validation', 'update-rejected'])

/**
 * The polling policy: milliseconds until the next `GET /items/{id}`, or
 * `false` to stop. A pure function of its inputs (figures in `POLL_INTERVALS`).
 */
export function nextPollDelay(item: Item | undefined, context: PollContext): number | false {
  const { error } = context
  if (context.hidden === true) return false
  if (error && STOP_KINDS.has(error.kind)) return false

  const base = itemDelay(item, context)
  if (base === false) return false
  const delay = context.pushHealthy === true ? Math.max(base, POLL_INTERVALS.pushSafetyMs) : base

  if (error?.kind === 'rate-limited') {
    const wait = error.retryAfterMs
    return Math.max(delay, Number.isFinite(wait) ? Math.ceil(wait) : POLL_INTERVALS.errorMaxMs)
  }
  if (error && MUTATION_KINDS.has(error.kind)) return delay
  const count = context.errorCount
  const failures = Math.max(error ? 1 : 0, Math.floor(count ?? 0) || 0)
  if (failures === 0) return delay
  return Math.max(delay, errorBackoffDelay(failures, context.random))
}

function itemDelay(item: Item | undefined, context: PollContext): number | false {
  const elapsed = Number.isFinite(context.elapsedMs) ? Math.max(0, context.elapsedMs) : 0
  if (item === undefined) return syncingDelay(elapsed)

  const nowMs = typeof context.now === 'number' ? context.now : context.now.getTime()
  const guidance = context.guidance ?? describeItem(item, { now: new Date(nowMs) })
  const actions: GuidedAction[] = Array.isArray(guidance.actions) ? guidance.actions : []

  // An MFA answer comes through this page (the submit restarts polling); an Open Finance
  // consent is given at the bank, elsewhere, so the item is watched as for a device.
  const prompt = actions.find((action) => action.type === 'provide-mfa')
  if (prompt) {
    return credentialInputKind(prompt.parameter) === 'oauth'
      ? deviceDelay(prompt.expiresAt, nowMs, elapsed)
      : false
  }

  // A 409 ITEM_ALREADY_UPDATING means the item is syncing, whatever the cache says.
  const { error } = context
  if (
    error?.kind === 'update-rejected' &&
    error.reason === 'already-updating' &&
    guidance.terminal
  ) {
    return elapsed < POLL_INTERVALS.alreadyUpdatingMaxWaitMs ? syncingDelay(elapsed) : false
  }

  const device = actions.find(
    (action) => action.type === 'authorize-device' || action.type === 'complete-user-action',
  )
  if (device || (guidance.phase === 'waiting-user' && !guidance.terminal)) {
    return deviceDelay(device?.expiresAt, nowMs, elapsed)
  }
  if (guidance.terminal) return false
  if (guidance.phase === 'syncing') return syncingDelay(elapsed)
  return elapsed < POLL_INTERVALS.unknownMaxWaitMs ? POLL_INTERVALS.unknownMs : false
}

function deviceDelay(
  expiresAt: string | undefined,
  nowMs: number,
  elapsed: number,
): number | false {
  const expires = expiresAt === undefined ? Number.NaN : Date.parse(expiresAt)
  if (Number.isFinite(expires) && Number.isFinite(nowMs)) {
    return nowMs < expires + POLL_INTERVALS.deviceGraceMs ? POLL_INTERVALS.deviceMs : false
  }
  return elapsed < POLL_INTERVALS.deviceMaxWaitMs ? POLL_INTERVALS.deviceMs : false
}
