import { toTime } from '../../core/describe/time'

export { toTime }

/**
 * The `now` prop, with one meaning in every component and hook: a `Date` freezes the
 * clock at that instant (tests, stories: nothing ticks); a function is read whenever
 * the time is needed, so it can run (see {@link clockFrom}). Default: the real clock.
 */
export type NowInput = Date | (() => Date)

/** A clock that starts at `start` and runs in real time from the moment of the call. */
export function clockFrom(start: Date): () => Date {
  const offset = start.getTime() - Date.now()
  return () => new Date(Date.now() + offset)
}

/** The time `now` gives (see {@link NowInput}), in milliseconds. */
export function readNow(now: NowInput | undefined): number {
  const time = typeof now === 'function' ? toTime(now()) : toTime(now)
  return time ?? Date.now()
}
