import type { Item } from '../model'
import type { DescribeItemOptions } from './describe-item'
import { isObject, textOf } from './guards'
import { DAY, HOUR, toTime } from './time'

/**
 * The next instant, after `options.now`, at which `describeItem(item, options)` can
 * give another answer with no change to the item: an MFA or user-action prompt
 * expires, Open Finance consent moves one day closer (or expires), the assumed
 * auto-sync retry passes. `undefined` when only a new item can change it.
 * Hooks arm one timer for it instead of polling the clock.
 */
export function nextGuidanceChange(
  item: Item,
  options: DescribeItemOptions = {},
): Date | undefined {
  const optionNow = options.now?.getTime()
  const now = Number.isFinite(optionNow) ? optionNow! : Date.now()
  const deadlines = [
    promptExpiry(item),
    consentChange(toTime(item.consentExpiresAt), now, options.consentWarningDays ?? 7),
    assumedAutoSyncRetry(item),
  ].filter((time): time is number => time !== undefined && time > now)
  return deadlines.length > 0 ? new Date(Math.min(...deadlines)) : undefined
}

/** When the MFA parameter or the user action the item waits for expires. */
function promptExpiry(item: Item): number | undefined {
  const waiting = [textOf(item.status), textOf(item.executionStatus)]
  const prompt = waiting.includes('WAITING_USER_INPUT')
    ? item.parameter
    : waiting.includes('WAITING_USER_ACTION')
      ? item.userAction
      : undefined
  return isObject(prompt) ? toTime(prompt.expiresAt as string | undefined) : undefined
}

/**
 * `consentNotice` counts `daysLeft = ceil(left / DAY)`: it drops by one each time
 * `left` reaches a whole number of days, and the consent expires at `left = 0`.
 */
function consentChange(expiresAt: number | undefined, now: number, warningDays: number) {
  if (expiresAt === undefined || expiresAt <= now) return undefined
  const daysLeft = Math.ceil((expiresAt - now) / DAY)
  return expiresAt - Math.min(daysLeft - 1, Math.max(0, warningDays)) * DAY
}

/** `autoSyncOf` assumes a retry an hour after a failed update when the item names none. */
function assumedAutoSyncRetry(item: Item): number | undefined {
  if (item.nextAutoSyncAt !== undefined || item.autoSyncDisabledAt !== null) return undefined
  const updatedAt = toTime(item.updatedAt)
  return updatedAt === undefined ? undefined : updatedAt + HOUR
}
