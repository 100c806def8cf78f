import type { Engine, RouteContext } from './engine'
import type { Faults } from './faults'
import type { SandboxRequest, SandboxResponse } from './http-types'
import type { RateLimiter } from './rate-limit'
import { normalizeRequest } from './request'
import { apiError, json, TOO_MANY_REQUESTS_MESSAGE } from './respond'
import { findRoute } from './router'
import { API_ROUTES } from './routes'
import { SandboxError, type RequestLogEntry } from './sandbox-types'

interface Pipeline {
  faults: Faults
  rateLimiter: RateLimiter
  log(entry: RequestLogEntry): void
}

/**
 * The request pipeline: route → faults → rate limit → body → auth → handler.
 * Unknown routes are never faulted or limited; control routes never come here.
 */
export function createRequestHandler(engine: Engine, { faults, rateLimiter, log }: Pipeline) {
  return function handle(request: SandboxRequest): SandboxResponse {
    const now = engine.now()
    const req = normalizeRequest(request)
    const done = (response: SandboxResponse) => {
      log({
        at: new Date(now).toISOString(),
        method: req.method,
        path: req.path,
        status: response.dropConnection ? 0 : response.status,
      })
      return response
    }
    if (req.method === 'OPTIONS') return done({ status: 204, headers: {}, body: undefined })

    const found = findRoute(API_ROUTES, req.method, req.path)
    if (!found) return done(apiError(engine.errors, 404, `Cannot ${req.method} ${req.path}`))
    if ('methodNotAllowed' in found) {
      const response = apiError(
        engine.errors,
        405,
        `Method ${req.method} not allowed on ${req.path}`,
      )
      response.headers.allow = found.methodNotAllowed.join(', ')
      return done(response)
    }
    const { route, params } = found

    const fault = faults.evaluate(`${req.method} ${req.path}`)
    if (fault.drop) return done({ status: 0, headers: {}, body: undefined, dropConnection: true })
    const finish = (response: SandboxResponse, extraHeaders: Record<string, string> = {}) => {
      response.headers = { ...response.headers, ...extraHeaders }
      if (fault.latencyMs > 0) response.delayMs = fault.latencyMs
      if (fault.malformed && response.body !== undefined && response.status !== 204) {
        const text = JSON.stringify(response.body)
        response.body = text.slice(0, Math.max(1, Math.floor(text.length / 2)))
        response.raw = true
      }
      return done(response)
    }

    let rateHeaders: Record<string, string> = {}
    const limit = fault.rateLimit ?? engine.settings.rateLimits[route.key]
    if (limit !== undefined) {
      const verdict = rateLimiter.hit(route.key, limit, now)
      rateHeaders = {
        'ratelimit-limit': String(verdict.limit),
        'ratelimit-remaining': String(verdict.remaining),
        'ratelimit-reset': String(verdict.resetSeconds),
      }
      if (!verdict.allowed) {
        return finish(json(429, { message: TOO_MANY_REQUESTS_MESSAGE, code: 429 }), {
          ...rateHeaders,
          'retry-after': '60',
        })
      }
    }
    if (fault.errorStatus !== null) {
      return finish(
        apiError(engine.errors, fault.errorStatus, 'Internal server error'),
        rateHeaders,
      )
    }
    if (!req.body.ok) {
      return finish(apiError(engine.errors, 400, 'Request body is not valid JSON'), rateHeaders)
    }

    let grant: RouteContext['grant']
    if (route.auth !== 'none') {
      const key = req.headers.get('x-api-key')
      grant = key ? engine.tokens.lookup(key) : undefined
      const unauthorized = (message: string) =>
        finish(
          apiError(engine.errors, 401, message, { codeDescription: 'INVALID_API_KEY' }),
          rateHeaders,
        )
      if (!key) return unauthorized('Missing X-API-KEY header')
      if (!grant) return unauthorized('Invalid API key')
      if (grant.expiresAt !== null && now >= grant.expiresAt) return unauthorized('API key expired')
      if (route.auth === 'api-key' && grant.kind !== 'api-key') {
        return finish(
          apiError(engine.errors, 403, 'A connect token cannot call this endpoint'),
          rateHeaders,
        )
      }
    }

    let response: SandboxResponse
    try {
      response = route.handle(engine, { req, params, grant, body: req.body.value })
    } catch (error) {
      const status = error instanceof SandboxError ? error.status : 500
      response = apiError(
        engine.errors,
        status,
        status === 500 ? 'Internal server error' : String((error as Error).message),
      )
    }
    return finish(response, rateHeaders)
  }
}
