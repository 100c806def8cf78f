import { toTime } from '../../core/describe/time'

/**
 * The current time for countdowns. A `Date` is the time at mount: the clock then
 * advances in real time from it (stories and tests start at a known instant). A
 * function is called on every tick.
 */
export { toTime }

export type NowInput = Date | number | (() => Date | number)

/** Builds a clock that reads `now` (see {@link NowInput}), anchored at the moment of the call. */
export function makeClock(now: NowInput | undefined): () => number {
  if (typeof now === 'function') return () => toTime(now()) ?? Date.now()
  const base = toTime(now)
  if (base === undefined) return () => Date.now()
  const anchoredAt = Date.now()
  return () => base + (Date.now() - anchoredAt)
}
