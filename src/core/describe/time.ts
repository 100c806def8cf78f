import type { DateLike } from '../model'

/** Milliseconds since the epoch, or `undefined` for anything that is not a valid date. */
export function toTime(value: DateLike | number | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined
  const time =
    value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value)
  return Number.isFinite(time) ? time : undefined
}

export function toIso(value: DateLike | null | undefined): string | undefined {
  const time = toTime(value)
  return time === undefined ? undefined : new Date(time).toISOString()
}

export const HOUR = 3_600_000
export const DAY = 24 * HOUR
