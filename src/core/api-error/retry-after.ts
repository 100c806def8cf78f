/** When a 429 names no wait: Pluggy always sends `Retry-After: 60`. */
export const DEFAULT_RETRY_AFTER_MS = 60_000
/** A header asking for more than this is not believed. */
const MAX_RETRY_AFTER_MS = 24 * 3_600_000

export type HeadersLike = Headers | Record<string, string>

/** A header by lower-case name, from a `Headers` or a plain record in any case. */
export function readHeader(headers: HeadersLike | undefined, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined
  if (typeof (headers as Headers).get === 'function') {
    const value = (headers as Headers).get(name)
    return typeof value === 'string' ? value : undefined
  }
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() !== name) continue
    // Node's IncomingHttpHeaders may hold numbers or arrays.
    const value: unknown = (headers as Record<string, unknown>)[key]
    if (typeof value === 'string') return value
    if (typeof value === 'number') return String(value)
    if (Array.isArray(value) && typeof value[0] === 'string') return value[0]
  }
  return undefined
}

const SECONDS = /^\d+(?:\.\d+)?$/

function clamp(ms: number): number {
  return Math.round(Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS))
}

/**
 * `Retry-After` (seconds or an HTTP date, relative to `nowMs`), else
 * `RateLimit-Reset` / `X-RateLimit-Reset` (seconds; a Unix time when it is
 * that large), else 60 s. Clamped to 0–24 h.
 */
export function retryAfterMs(headers: HeadersLike | undefined, nowMs: number): number {
  const retryAfter = readHeader(headers, 'retry-after')?.trim()
  if (retryAfter) {
    if (SECONDS.test(retryAfter)) return clamp(Number(retryAfter) * 1000)
    const at = Date.parse(retryAfter)
    if (!Number.isNaN(at)) return clamp(at - nowMs)
  }
  const reset = (
    readHeader(headers, 'ratelimit-reset') ?? readHeader(headers, 'x-ratelimit-reset')
  )?.trim()
  if (reset && SECONDS.test(reset)) {
    const seconds = Number(reset)
    return clamp(seconds > 1_000_000_000 ? seconds * 1000 - nowMs : seconds * 1000)
  }
  return DEFAULT_RETRY_AFTER_MS
}
