import { DEFAULT_BASE_URL } from '../client/transport'
import { createEventHub } from './event-hub'
import { createMemoryBus } from './memory-bus'
import { createProxyRoutes, type RouteContext } from './proxy-routes'
import { errorResponse } from './responses'
import type { FarolHandler, FarolHandlerOptions, FarolUser, OwnedItem } from './types'
import { createUpstream, upstreamFailure, UpstreamError } from './upstream'
import { receiveWebhook } from './webhooks'

export const DEFAULT_BASE_PATH = '/api/farol'
export const DEFAULT_WEBHOOK_HEADER = 'x-farol-webhook-secret'
const DEFAULT_TIMEOUT_MS = 10_000
const DEFAULT_HEARTBEAT_MS = 15_000
const DEFAULT_MAX_BACKLOG_BYTES = 256 * 1024

/** Pluggy ids are UUIDs; sandbox and test ids are short words. Nothing else reaches Pluggy. */
const PARAM_PATTERNS: Record<string, RegExp> = {
  id: /^[A-Za-z0-9_-]{1,128}$/,
  connectorId: /^\d{1,9}$/,
}

interface Route {
  method: string
  segments: string[]
  /** `false`: no user needed (the webhook has its own secret). */
  signedIn: boolean
  handle(ctx: RouteContext): Promise<Response>
}

function matchSegments(route: Route, segments: string[]): Record<string, string> | undefined {
  if (route.segments.length !== segments.length) return undefined
  const params: Record<string, string> = {}
  for (let i = 0; i < segments.length; i++) {
    const want = route.segments[i] ?? ''
    // Raw, never decoded: `..%2F` or `%2F` inside a segment simply does not match.
    const got = segments[i] ?? ''
    if (want.startsWith(':')) {
      const name = want.slice(1)
      if (!PARAM_PATTERNS[name]?.test(got)) return undefined
      params[name] = got
    } else if (want !== got) return undefined
  }
  return params
}

const defaultOwnsItem = (user: FarolUser, item: OwnedItem) =>
  typeof item.clientUserId === 'string' && item.clientUserId === user.id

/**
 * The host backend for farol, on web-standard `Request` and `Response`: connect
 * tokens for the signed-in user, a proxy that keeps the API key on the server
 * and serves each user only their own items, Pluggy's webhooks in, and each
 * user's item events out over Server-Sent Events.
 */
export function createFarolHandler(options: FarolHandlerOptions): FarolHandler {
  const basePath = (options.basePath ?? DEFAULT_BASE_PATH).replace(/\/+$/, '')
  const log = options.log ?? ((line: string) => console.warn(line))
  const bus = options.bus ?? createMemoryBus()
  const ownsItem = options.ownsItem ?? defaultOwnsItem
  const upstream = createUpstream({
    apiUrl: options.apiUrl ?? DEFAULT_BASE_URL,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    log,
  })
  const proxy = createProxyRoutes({ upstream, ownsItem })
  const hub = createEventHub({
    bus,
    ownsItem,
    heartbeatMs: options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
    maxBacklogBytes: options.maxStreamBacklogBytes ?? DEFAULT_MAX_BACKLOG_BYTES,
    log,
  })
  const webhook = {
    bus,
    upstream,
    log,
    secret: options.webhookSecret,
    header: (options.webhookHeader ?? DEFAULT_WEBHOOK_HEADER).toLowerCase(),
  }

  const route = (
    method: string,
    path: string,
    handle: Route['handle'],
    signedIn = true,
  ): Route => ({ method, segments: path.split('/').slice(1), signedIn, handle })
  const routes: Route[] = [
    route('POST', '/connect-token', proxy.connectToken),
    route('GET', '/items/:id', proxy.getItem),
    route('PATCH', '/items/:id', proxy.patchItem),
    route('DELETE', '/items/:id', proxy.deleteItem),
    route('POST', '/items/:id/mfa', proxy.submitMfa),
    route('POST', '/items', proxy.createItem),
    route('GET', '/connectors', proxy.listConnectors),
    route('GET', '/connectors/:connectorId', proxy.getConnector),
    route('GET', '/events', async ({ request, user }) => hub.open(user, request.signal)),
    route('POST', '/webhooks', ({ request }) => receiveWebhook(request, webhook), false),
  ]

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const path = url.pathname
    if (path !== basePath && !path.startsWith(`${basePath}/`)) {
      return errorResponse(404, 'Not found')
    }
    const segments = path.slice(basePath.length).split('/').slice(1)
    const method = request.method.toUpperCase()
    let found: { route: Route; params: Record<string, string> } | undefined
    const allowed: string[] = []
    for (const candidate of routes) {
      const params = matchSegments(candidate, segments)
      if (!params) continue
      if (candidate.method === method) {
        found = { route: candidate, params }
        break
      }
      allowed.push(candidate.method)
    }
    if (!found) {
      await request.body?.cancel().catch(() => {})
      return allowed.length > 0
        ? errorResponse(405, 'Method not allowed', { allow: allowed.join(', ') })
        : errorResponse(404, 'Not found')
    }
    let user: FarolUser | null = null
    if (found.route.signedIn) {
      user = await options.getUser(request)
      if (!user || typeof user.id !== 'string' || user.id === '') {
        await request.body?.cancel().catch(() => {})
        return errorResponse(401, 'Not signed in')
      }
    }
    return found.route.handle({
      request,
      url,
      user: user ?? { id: '' },
      params: found.params,
    })
  }

  const handler = async (request: Request): Promise<Response> => {
    try {
      return await handle(request)
    } catch (error) {
      // Pluggy unreachable, slow or refusing our credentials: already logged.
      if (error instanceof UpstreamError) return upstreamFailure(error)
      // Only the error's class: a message may quote a request or a secret.
      const kind = error instanceof Error ? error.name : typeof error
      log(
        `farol/server: internal error (${kind}) on ${request.method} ${new URL(request.url).pathname}`,
      )
      return errorResponse(500, 'Internal server error')
    }
  }
  return Object.defineProperties(handler, {
    basePath: { value: basePath, enumerable: true },
    openStreams: { get: () => hub.size, enumerable: true },
    close: { value: () => hub.close() },
  }) as FarolHandler
}
