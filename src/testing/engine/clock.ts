/** Where the sandbox reads the time. Item state is a pure function of it. */
export interface Clock {
  now(): number
}

export interface ManualClock extends Clock {
  advance(ms: number): void
  set(time: number | string | Date): void
}

export const realClock: Clock = { now: () => Date.now() }

/** The default start of a manual clock: a fixed instant, so runs are reproducible. */
export const MANUAL_CLOCK_START = Date.parse('2026-07-20T10:00:00.000Z')

function toMs(time: number | string | Date): number {
  const ms = typeof time === 'number' ? time : new Date(time).getTime()
  if (!Number.isFinite(ms)) throw new RangeError(`Invalid clock time: ${String(time)}`)
  return ms
}

/** A clock that moves only when told to (tests, stories). */
export function createManualClock(start: number | string | Date = MANUAL_CLOCK_START): ManualClock {
  let current = toMs(start)
  return {
    now: () => current,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Cannot advance by ${ms} ms`)
      current += ms
    },
    set(time) {
      current = toMs(time)
    },
  }
}
