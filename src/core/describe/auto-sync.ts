import type { AutoSyncInfo, Item, Phase } from '../model'
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
  const next = toTime(item.nextAutoSyncAt)
  if (phase !== 'outdated') {
    // Scheduled syncs still happen for healthy items; they are not retries.
    const scheduled = !disabled && phase !== 'login-error' && next !== undefined
    return scheduled
      ? { willRetry: false, nextAttemptAt: new Date(next).toISOString() }
      : { willRetry: false }
  }
  const attemptsLeft =
    typeof autoSyncAttempts === 'number' && Number.isFinite(autoSyncAttempts)
      ? Math.max(0, AUTO_SYNC_MAX_RETRIES - Math.floor(autoSyncAttempts))
      : undefined
  if (disabled || item.nextAutoSyncAt === null || attemptsLeft === 0) {
    return attemptsLeft === undefined ? { willRetry: false } : { willRetry: false, attemptsLeft }
  }
  const nextAttemptAt = next ?? estimateNextRetry(item, now)
  if (nextAttemptAt === undefined) return { willRetry: false }
  return {
    willRetry: true,
    nextAttemptAt: new Date(nextAttemptAt).toISOString(),
    ...(attemptsLeft !== undefined && { attemptsLeft }),
  }
}

/**
 * Without `nextAutoSyncAt` but with auto-sync known to be on (`autoSyncDisabledAt:
 * null`), the next retry is an hour after the failed attempt (`updatedAt`).
 */
function estimateNextRetry(item: Item, now: number): number | undefined {
  if (item.autoSyncDisabledAt !== null) return undefined
  const failedAt = toTime(item.updatedAt)
  if (failedAt === undefined) return undefined
  const next = failedAt + AUTO_SYNC_RETRY_INTERVAL_MS
  return next > now ? next : undefined
}
