import { useEffect, useState } from 'react'

/**
 * The current time, refreshed every `intervalMs` so relative times ("há 5 minutos")
 * stay true, and once more right at `wakeAt` (e.g. when a retry becomes allowed);
 * a fixed `now` (tests, stories) is returned as is.
 */
export function useNow(fixed?: Date, intervalMs = 30_000, wakeAt?: Date): Date {
  const [current, setCurrent] = useState(() => new Date())
  useEffect(() => {
    if (fixed) return
    const timer = setInterval(() => setCurrent(new Date()), intervalMs)
    return () => clearInterval(timer)
  }, [fixed, intervalMs])
  const wakeTime = wakeAt?.getTime()
  useEffect(() => {
    if (fixed || wakeTime === undefined || !Number.isFinite(wakeTime)) return
    const delay = wakeTime - Date.now()
    if (delay <= 0) return
    // setTimeout overflows past 2^31-1 ms; the interval covers anything that far.
    if (delay > 2 ** 31 - 1) return
    const timer = setTimeout(() => setCurrent(new Date()), delay + 1)
    return () => clearTimeout(timer)
  }, [fixed, wakeTime])
  return fixed ?? current
}
