/** Which browser origins may call the sandbox server. */
export type CorsOrigins = '*' | ReadonlyArray<string | RegExp> | ((origin: string) => boolean)

/** Any localhost or loopback origin: Storybook (http://localhost:6006), demos, e2e runners. */
export const LOCALHOST_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/

export const EXPOSED_HEADERS = [
  'retry-after',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
].join(', ')

function allowed(origin: string, origins: CorsOrigins): boolean {
  if (origins === '*') return true
  if (typeof origins === 'function') return origins(origin)
  return origins.some((o) => (typeof o === 'string' ? o === origin : o.test(origin)))
}

/** The CORS headers for this request's origin; none when the origin is not allowed. */
export function corsHeaders(
  origin: string | undefined,
  origins: CorsOrigins,
): Record<string, string> {
  if (!origin || !allowed(origin, origins)) return {}
  return {
    'access-control-allow-origin': origin,
    'access-control-expose-headers': EXPOSED_HEADERS,
    vary: 'Origin',
  }
}

export function preflightHeaders(requestedHeaders: string | undefined): Record<string, string> {
  return {
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': requestedHeaders ?? 'content-type, x-api-key',
    'access-control-max-age': '600',
  }
}
