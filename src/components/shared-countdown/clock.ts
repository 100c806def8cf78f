/**
 * The current time for countdowns. A `Date` is the time at mount: the clock then
 * advances in real time from it (stories and tests start at a known instant). A
 * function is called on every tick.
 */
export type NowInput = Date | number | (() => Date | number)

export function toTime(value: Date | number | string | undefined | null): number | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const time = value instanceof Date ? value.getTime() : new Date(value).getTime()
  return Number.isFinite(time) ? time : undefined
}

/** Builds a clock that reads `now` (see {@link NowInput}), anchored at the moment of the call. */
export function makeClock(now: NowInput | undefined): () => number {
  if (typeof now === 'function') return () => toTime(now()) ?? Date.now()
  const base = toTime(now)
  if (base === undefined) return () => Date.now()
  const anchoredAt = Date.now()
  return () => base + (Date.now() - anchoredAt)
}
