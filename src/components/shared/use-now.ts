import { useEffect, useState } from 'react'

/**
 * The current time, refreshed every `intervalMs` so relative times ("há 5 minutos")
 * stay true; a fixed `now` (tests, stories) is returned as is.
 */
export function useNow(fixed?: Date, intervalMs = 30_000): Date {
  const [current, setCurrent] = useState(() => new Date())
  useEffect(() => {
    if (fixed) return
    const timer = setInterval(() => setCurrent(new Date()), intervalMs)
    return () => clearInterval(timer)
  }, [fixed, intervalMs])
  return fixed ?? current
}
