/** Requests per minute, per endpoint (Pluggy counts per endpoint, per IP, per minute). */
export const DEFAULT_RATE_LIMITS: Readonly<Record<string, number>> = {
  'POST /auth': 360,
  'PATCH /items/:id': 20,
}

const WINDOW_MS = 60_000

export interface RateLimitVerdict {
  allowed: boolean
  limit: number
  remaining: number
  /** Seconds until the window resets (Pluggy's `RateLimit-Reset`). */
  resetSeconds: number
}

/** Fixed one-minute windows, each opened by the first request that lands in it. */
export function createRateLimiter() {
  const windows = new Map<string, { start: number; count: number }>()
  return {
    hit(endpoint: string, limit: number, now: number): RateLimitVerdict {
      let window = windows.get(endpoint)
      if (!window || now >= window.start + WINDOW_MS || now < window.start) {
        window = { start: now, count: 0 }
        windows.set(endpoint, window)
      }
      window.count += 1
      return {
        allowed: window.count <= limit,
        limit,
        remaining: Math.max(0, limit - window.count),
        resetSeconds: Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000)),
      }
    },
    clear: () => windows.clear(),
  }
}

export type RateLimiter = ReturnType<typeof createRateLimiter>
