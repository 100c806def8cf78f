import { useEffect, useState } from 'react'

/** setTimeout's longest delay; anything later is reached by the interval. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1

/**
 * The current time, refreshed every `intervalMs` so relative times ("há 5 minutos")
 * stay true, and once more right at `wakeAt` (e.g. when a retry becomes allowed);
 * a fixed `now` (tests, stories) is returned as is.
 */
export function useNow(fixed?: Date, intervalMs = 30_000, wakeAt?: Date): Date {
  const [current, setCurrent] = useState(() => new Date())
  const wakeTime = wakeAt?.getTime()
  // One effect for both timers: a list mounts one per row.
  useEffect(() => {
    if (fixed) return
    const tick = () => setCurrent(new Date())
    const timer = setInterval(tick, intervalMs)
    const delay = wakeTime === undefined ? Number.NaN : wakeTime - Date.now()
    const wake = delay > 0 && delay <= MAX_TIMEOUT_MS ? setTimeout(tick, delay + 1) : undefined
    return () => {
      clearInterval(timer)
      clearTimeout(wake)
    }
  }, [fixed, intervalMs, wakeTime])
  return fixed ?? current
}
