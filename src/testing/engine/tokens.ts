import { base64UrlEncode, base64UrlEncodeText } from './base64url'
import { uuidFrom, type Prng } from './prng'

/** Accepted without `POST /auth`, never expires: for stories, demos and host tests. */
export const SANDBOX_API_KEY = 'farol-sandbox-api-key'

export type TokenKind = 'api-key' | 'connect-token'

export interface TokenGrant {
  kind: TokenKind
  /** Epoch ms on the sandbox clock; `null` never expires. */
  expiresAt: number | null
  /** Connect tokens: the item it was issued for. */
  itemId?: string
  /** Connect tokens: the items created with it (its scope, with `itemId`). */
  createdItems: Set<string>
  clientUserId?: string
  webhookUrl?: string
  oauthRedirectUri?: string
}

export interface TokenStore {
  issue(kind: TokenKind, now: number, ttlMs: number, extra?: Partial<TokenGrant>): string
  lookup(token: string): TokenGrant | undefined
  clear(): void
}

// pluggy-sdk decodes the API key as a JWT and reads `exp`, so keys look like JWTs.
// Nothing verifies the signature: the sandbox trusts only its own table.
function jwtLike(prng: Prng, kind: TokenKind, now: number, ttlMs: number): string {
  const header = base64UrlEncodeText(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))
  const iat = Math.floor(now / 1000)
  const payload = base64UrlEncodeText(
    JSON.stringify({
      iss: 'farol-sandbox',
      typ: kind,
      jti: uuidFrom(prng),
      iat,
      exp: iat + Math.floor(ttlMs / 1000),
    }),
  )
  const signature = base64UrlEncode(Uint8Array.from({ length: 32 }, () => prng.int(256)))
  return `${header}.${payload}.${signature}`
}

export function createTokenStore(prng: Prng, staticApiKeys: readonly string[]): TokenStore {
  const grants = new Map<string, TokenGrant>()
  const seedStatic = () => {
    for (const key of staticApiKeys) {
      grants.set(key, { kind: 'api-key', expiresAt: null, createdItems: new Set() })
    }
  }
  seedStatic()
  return {
    issue(kind, now, ttlMs, extra = {}) {
      const token = jwtLike(prng, kind, now, ttlMs)
      grants.set(token, { createdItems: new Set(), ...extra, kind, expiresAt: now + ttlMs })
      return token
    },
    lookup: (token) => grants.get(token),
    clear() {
      grants.clear()
      seedStatic()
    },
  }
}
