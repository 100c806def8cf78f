import { useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { readNow, toTime, type NowInput } from './clock'

const noSubscription = () => () => {}
const afterHydration = () => false
const duringHydration = () => true

/** Seconds left at which screen readers hear about the countdown: never every second. */
export const ANNOUNCE_THRESHOLDS_S = [120, 60, 30] as const

export interface Countdown {
  /** False when there is no (valid) deadline: nothing to count down. */
  hasDeadline: boolean
  /** Milliseconds left, never negative; undefined without a deadline. */
  remainingMs?: number
  expired: boolean
  /**
   * The smallest announce threshold (seconds) already reached, e.g. 60 when under a
   * minute is left. It changes only a few times, so a live region can follow it.
   */
  threshold?: number
}

/**
 * Counts down to `expiresAt`, re-rendering once per second while time is left.
 * `now`: a `Date` freezes the clock at that instant (the countdown stands still); a
 * function is read on every tick (see `NowInput`).
 */
export function useCountdown(
  expiresAt: Date | string | number | null | undefined,
  now?: NowInput,
): Countdown {
  const deadline = toTime(expiresAt)
  // A new Date with the same time is the same frozen clock: keyed on its time.
  const nowKey = typeof now === 'function' ? now : toTime(now)
  const frozen = typeof nowKey === 'number'
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on nowKey on purpose
  const clock = useMemo(() => () => readNow(now), [nowKey])
  const [current, setCurrent] = useState(clock)

  useEffect(() => {
    if (deadline === undefined) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const tick = () => {
      const time = clock()
      setCurrent(time)
      const left = deadline - time
      if (left <= 0 || frozen) return
      // Wake up when the displayed second changes, so the display never skips.
      timer = setTimeout(tick, left % 1000 || 1000)
    }
    tick()
    return () => clearTimeout(timer)
  }, [clock, deadline, frozen])

  // Seconds left differ between a server render and its hydration: the countdown
  // appears right after hydration instead.
  const hydrating = useSyncExternalStore(noSubscription, afterHydration, duringHydration)
  if (deadline === undefined || hydrating) return { hasDeadline: false, expired: false }
  const remainingMs = Math.max(0, deadline - current)
  const expired = remainingMs <= 0
  const reached = ANNOUNCE_THRESHOLDS_S.filter((s) => remainingMs <= s * 1000)
  const threshold = expired ? undefined : reached[reached.length - 1]
  return { hasDeadline: true, remainingMs, expired, threshold }
}
