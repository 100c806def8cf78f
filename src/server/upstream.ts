import { redactText, secretsOf } from '../client/redact'
import { timeoutSignal } from '../client/timeout-signal'
import { createApiKeySource } from './api-key'
import { errorResponse } from './responses'

export interface UpstreamOptions {
  apiUrl: string
  clientId: string
  clientSecret: string
  fetch: typeof globalThis.fetch | undefined
  timeoutMs: number
  log: (line: string) => void
}

/** What Pluggy answered, secrets already removed from the text. */
export interface UpstreamAnswer {
  status: number
  headers: Headers
  text: string
}

/** Pluggy could not be asked: unreachable, too slow, or it refused our client credentials. */
export class UpstreamError extends Error {
  constructor(
    readonly status: 502 | 504,
    message: string,
  ) {
    super(message)
    this.name = 'UpstreamError'
  }
}

export interface Upstream {
  /**
   * `path` is already encoded, e.g. `/items/abc`. `typed`: what the user typed
   * (credentials, an MFA answer), removed from error answers that echo it.
   */
  call(method: string, path: string, body?: unknown, typed?: unknown): Promise<UpstreamAnswer>
}

const PASSED_HEADERS = ['retry-after', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset']

export function createUpstream(options: UpstreamOptions): Upstream {
  const baseUrl = options.apiUrl.replace(/\/+$/, '')
  const keys = createApiKeySource(fetchApiKey)

  async function send(
    method: string,
    path: string,
    body: unknown,
    apiKey: string | undefined,
    secrets: string[],
    typed: string[] = [],
  ): Promise<UpstreamAnswer> {
    const timer = timeoutSignal(options.timeoutMs, undefined)
    const headers: Record<string, string> = { accept: 'application/json' }
    if (apiKey !== undefined) headers['x-api-key'] = apiKey
    if (body !== undefined) headers['content-type'] = 'application/json'
    const fetchImpl = options.fetch ?? globalThis.fetch
    try {
      const response = await fetchImpl.call(globalThis, `${baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: timer.signal,
      })
      const text = redactText(await response.text(), secrets)
      // Success bodies are items and connectors: they never hold what was typed.
      const ok = response.status >= 200 && response.status < 300
      return {
        status: response.status,
        headers: response.headers,
        text: ok ? text : redactText(text, typed),
      }
    } catch {
      // The error itself is not logged: a fetch error may quote the request.
      const label = `${method} ${path.split('?')[0]}`
      if (timer.timedOut()) {
        options.log(`farol/server: Pluggy did not answer ${label} within ${options.timeoutMs} ms`)
        throw new UpstreamError(504, 'Pluggy did not answer in time')
      }
      options.log(`farol/server: Pluggy could not be reached for ${label}`)
      throw new UpstreamError(502, 'Pluggy could not be reached')
    } finally {
      timer.dispose()
    }
  }

  async function fetchApiKey(): Promise<string> {
    const { clientId, clientSecret } = options
    const answer = await send('POST', '/auth', { clientId, clientSecret }, undefined, [
      clientSecret,
    ])
    let apiKey: unknown
    try {
      apiKey = (JSON.parse(answer.text) as { apiKey?: unknown }).apiKey
    } catch {
      apiKey = undefined
    }
    if (answer.status !== 200 || typeof apiKey !== 'string' || apiKey === '') {
      options.log(
        `farol/server: Pluggy refused the client credentials (POST /auth ${answer.status})`,
      )
      throw new UpstreamError(502, 'Pluggy refused the server credentials')
    }
    return apiKey
  }

  return {
    async call(method, path, body, typed) {
      const key = await keys.get()
      const secrets = [options.clientSecret, key]
      const typedValues = secretsOf(undefined, typed)
      const first = await send(method, path, body, key, secrets, typedValues)
      if (first.status !== 401) return first
      // The key expired early or was revoked: one new key, one more try.
      keys.invalidate(key)
      const fresh = await keys.get()
      return send(method, path, body, fresh, [...secrets, fresh], typedValues)
    },
  }
}

/** Pluggy's answer as the browser gets it: status, body, and the rate-limit headers. */
export function passThrough(answer: UpstreamAnswer): Response {
  const headers: Record<string, string> = { 'cache-control': 'no-store' }
  for (const name of PASSED_HEADERS) {
    const value = answer.headers.get(name)
    if (value !== null) headers[name] = value
  }
  if (answer.status === 204 || answer.text === '') {
    return new Response(null, { status: answer.status, headers })
  }
  headers['content-type'] = answer.headers.get('content-type') ?? 'application/json; charset=utf-8'
  return new Response(answer.text, { status: answer.status, headers })
}

/** An `UpstreamError` as a response; anything else is a bug (500, nothing quoted). */
export function upstreamFailure(error: unknown): Response {
  if (error instanceof UpstreamError) return errorResponse(error.status, error.message)
  return errorResponse(500, 'Internal server error')
}
