import type { AutoSyncInfo, Item, Phase } from '../model'
import { defined } from './defined'
import { HOUR, toTime } from './time'

/** Pluggy retries an OUTDATED item automatically up to 5 times, one hour apart. */
export const AUTO_SYNC_MAX_RETRIES = 5
export const AUTO_SYNC_RETRY_INTERVAL_MS = HOUR

/**
 * What auto-sync will do next. Pluggy retries OUTDATED items (5 × hourly), never
 * PARTIAL_SUCCESS nor LOGIN_ERROR; `autoSyncAttempts` (failed automatic attempts
 * so far, e.g. counted by the host from webhooks) lets us say how many remain.
 */
export function autoSyncOf(
  item: Item,
  phase: Phase,
  now: number,
  autoSyncAttempts?: number,
): AutoSyncInfo {
  const disabled = Boolean(item.autoSyncDisabledAt)
  let next = toTime(item.nextAutoSyncAt)
  if (phase !== 'outdated') {
    // Scheduled syncs still happen for healthy items; they are not retries.
    return !disabled && phase !== 'login-error' ? attempt(false, next) : { willRetry: false }
  }
  const attemptsLeft = Number.isFinite(autoSyncAttempts)
    ? Math.max(0, AUTO_SYNC_MAX_RETRIES - Math.floor(autoSyncAttempts!))
    : undefined
  if (disabled || item.nextAutoSyncAt === null || attemptsLeft === 0) {
    return attempt(false, undefined, attemptsLeft)
  }
  // Without `nextAutoSyncAt` but with auto-sync known to be on (`autoSyncDisabledAt:
  // null`), the next retry is an hour after the failed attempt (`updatedAt`).
  if (next === undefined && item.autoSyncDisabledAt === null) {
    const retryAt = toTime(item.updatedAt)! + AUTO_SYNC_RETRY_INTERVAL_MS
    if (retryAt > now) next = retryAt
  }
  return next === undefined ? { willRetry: false } : attempt(true, next, attemptsLeft)
}

function attempt(willRetry: boolean, at?: number, attemptsLeft?: number): AutoSyncInfo {
  const nextAttemptAt = at === undefined ? undefined : new Date(at).toISOString()
  return defined({ willRetry, nextAttemptAt, attemptsLeft })
}
