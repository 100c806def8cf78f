/** Pluggy's API keys live 2 hours; refresh this long before they expire. */
const REFRESH_MARGIN_MS = 5 * 60_000
const DEFAULT_TTL_MS = 2 * 60 * 60_000

export interface ApiKeySource {
  /** The cached key, or a new one (one `POST /auth` in flight however many callers). */
  get(): Promise<string>
  /** Pluggy refused the key (401): forget it, unless a newer one came meanwhile. */
  invalidate(key: string): void
}

/** The `exp` claim of a JWT-shaped key, in epoch ms; `undefined` when unreadable. */
function expiryOf(key: string): number | undefined {
  const payload = key.split('.')[1]
  if (!payload) return undefined
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'))
    const exp = (JSON.parse(json) as { exp?: unknown }).exp
    return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined
  } catch {
    return undefined
  }
}

export function createApiKeySource(
  fetchKey: () => Promise<string>,
  now: () => number = Date.now,
): ApiKeySource {
  let cached: { key: string; refreshAt: number } | undefined
  let inFlight: Promise<string> | undefined

  return {
    get() {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.key)
      inFlight ??= fetchKey()
        .then((key) => {
          const fetchedAt = now()
          const expiresAt = expiryOf(key) ?? fetchedAt + DEFAULT_TTL_MS
          const lifetime = Math.max(0, expiresAt - fetchedAt)
          // A short-lived key is refreshed at 90% of its life, a normal one 5 min early.
          const margin = Math.min(REFRESH_MARGIN_MS, lifetime / 10)
          cached = { key, refreshAt: expiresAt - margin }
          return key
        })
        .finally(() => {
          inFlight = undefined
        })
      return inFlight
    },
    invalidate(key) {
      if (cached?.key === key) cached = undefined
    },
  }
}
