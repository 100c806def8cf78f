import { ApiProblemError, parseApiError } from '../core'
import { redactProblem, secretsOf } from './redact'
import { timeoutSignal } from './timeout-signal'
import type { PluggyClientOptions } from './types'

export const DEFAULT_BASE_URL = 'https://api.pluggy.ai'
export const DEFAULT_TIMEOUT_MS = 15_000

export interface ApiRequest {
  method: 'GET' | 'PATCH' | 'POST' | 'DELETE'
  /** Already encoded, e.g. `/items/abc`. */
  path: string
  /** Sent as JSON; never copied into an error. */
  body?: unknown
  signal?: AbortSignal
}

/** A 2xx answer, body as text (the caller decides how to read it). */
export interface ApiResponse {
  status: number
  text: string
}

export type Transport = (request: ApiRequest) => Promise<ApiResponse>

interface Answer extends ApiResponse {
  headers: Headers
  secrets: string[]
}

/**
 * Sends requests with the key, a timeout and the one 401 refresh. Every
 * failure leaves as an `ApiProblemError` (or the caller's own abort reason),
 * with any secret that the API echoed redacted.
 */
export function createTransport(options: PluggyClientOptions): Transport {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  let refreshing: Promise<void> | undefined

  // Concurrent 401s share one refresh: the token is renewed once, not once per request.
  function refresh(): Promise<void> {
    refreshing ??= Promise.resolve()
      .then(() => options.onAuthError?.())
      .catch(() => {})
      .finally(() => {
        refreshing = undefined
      })
    return refreshing
  }

  async function readKey(): Promise<string | undefined> {
    if (!options.getApiKey) return options.apiKey || undefined
    try {
      return (await options.getApiKey()) || undefined
    } catch {
      throw new ApiProblemError({ kind: 'unauthorized', status: 0, message: 'getApiKey failed' })
    }
  }

  async function attempt(request: ApiRequest): Promise<Answer> {
    request.signal?.throwIfAborted()
    const key = await readKey()
    const secrets = secretsOf(key, request.body)
    const headers: Record<string, string> = { Accept: 'application/json' }
    if (key !== undefined) headers['X-API-KEY'] = key
    if (request.body !== undefined) headers['Content-Type'] = 'application/json'

    const timer = timeoutSignal(timeoutMs, request.signal)
    // Looked up per request: test tools (MSW) and hosts may patch the global later.
    const fetchImpl = options.fetch ?? globalThis.fetch
    try {
      const response = await fetchImpl.call(globalThis, `${baseUrl}${request.path}`, {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: timer.signal,
      })
      const text = await response.text()
      return { status: response.status, headers: response.headers, text, secrets }
    } catch (error) {
      if (timer.timedOut()) {
        throw new ApiProblemError({
          kind: 'network',
          status: 0,
          message: `Request timed out after ${timeoutMs} ms`,
          timedOut: true,
        })
      }
      // The caller's own abort is not a failure to classify: rethrow it as fetch would.
      if (request.signal?.aborted) throw request.signal.reason ?? error
      throw new ApiProblemError(redactProblem(parseApiError(0, error), secrets))
    } finally {
      timer.dispose()
    }
  }

  function settle(answer: Answer): ApiResponse {
    if (answer.status >= 200 && answer.status < 300) {
      return { status: answer.status, text: answer.text }
    }
    const problem = parseApiError(answer.status, answer.text, answer.headers)
    throw new ApiProblemError(redactProblem(problem, answer.secrets))
  }

  return async function send(request) {
    const first = await attempt(request)
    if (first.status !== 401 || !options.onAuthError) return settle(first)
    await refresh()
    return settle(await attempt(request))
  }
}
