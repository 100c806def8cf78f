import { isRecord, readJsonBody } from './read-body'
import { errorResponse, itemNotFound, jsonResponse } from './responses'
import type { FarolUser, OwnedItem } from './types'
import { passThrough, type Upstream, type UpstreamAnswer } from './upstream'

export interface RouteContext {
  request: Request
  url: URL
  user: FarolUser
  /** Path parameters, already checked against their pattern. */
  params: Record<string, string>
}

export interface ProxyOptions {
  upstream: Upstream
  ownsItem(user: FarolUser, item: OwnedItem): boolean | Promise<boolean>
}

const itemPath = (id: string, rest = '') => `/items/${encodeURIComponent(id)}${rest}`

/** Pluggy refusing *our* key is the server's problem, not the browser's session. */
function proxied(answer: UpstreamAnswer): Response {
  if (answer.status === 401 || answer.status === 403) {
    return errorResponse(502, 'Pluggy refused the server credentials')
  }
  return passThrough(answer)
}

export function createProxyRoutes({ upstream, ownsItem }: ProxyOptions) {
  /** The item if this user owns it; otherwise the answer (404 for "missing" and "not yours" alike). */
  async function owned(
    user: FarolUser,
    id: string,
  ): Promise<{ answer: UpstreamAnswer } | { response: Response }> {
    const answer = await upstream.call('GET', itemPath(id))
    if (answer.status === 404) return { response: itemNotFound() }
    if (answer.status !== 200) return { response: proxied(answer) }
    let item: unknown
    try {
      item = JSON.parse(answer.text)
    } catch {
      return { response: errorResponse(502, 'Pluggy answered with something that is not JSON') }
    }
    if (!isRecord(item)) return { response: itemNotFound() }
    const clientUserId = typeof item.clientUserId === 'string' ? item.clientUserId : null
    const mine = await ownsItem(user, { id, clientUserId })
    return mine ? { answer } : { response: itemNotFound() }
  }

  async function objectBody(
    request: Request,
    required: boolean,
  ): Promise<{ response: Response } | { value: Record<string, unknown> }> {
    const body = await readJsonBody(request)
    if (!body.ok) return { response: errorResponse(body.status, body.message) }
    if (body.value === undefined && !required) return { value: {} }
    if (!isRecord(body.value)) {
      return { response: errorResponse(400, 'Request body must be a JSON object') }
    }
    return { value: body.value }
  }

  return {
    async getItem({ user, params }: RouteContext) {
      const found = await owned(user, params.id ?? '')
      return 'response' in found ? found.response : proxied(found.answer)
    },

    async patchItem({ request, user, params }: RouteContext) {
      const body = await objectBody(request, false)
      if ('response' in body) return body.response
      const { parameters } = body.value
      if (parameters !== undefined && !isRecord(parameters)) {
        return errorResponse(400, 'parameters must be an object')
      }
      const id = params.id ?? ''
      const found = await owned(user, id)
      if ('response' in found) return found.response
      // Only new credentials go through: the owner (clientUserId) and webhook stay the server's.
      const forwarded = parameters === undefined ? {} : { parameters }
      return proxied(await upstream.call('PATCH', itemPath(id), forwarded, parameters))
    },

    async deleteItem({ request, user, params }: RouteContext) {
      await request.body?.cancel().catch(() => {})
      const id = params.id ?? ''
      const found = await owned(user, id)
      if ('response' in found) return found.response
      return proxied(await upstream.call('DELETE', itemPath(id)))
    },

    async submitMfa({ request, user, params }: RouteContext) {
      const body = await objectBody(request, true)
      if ('response' in body) return body.response
      const id = params.id ?? ''
      const found = await owned(user, id)
      if ('response' in found) return found.response
      return proxied(await upstream.call('POST', itemPath(id, '/mfa'), body.value, body.value))
    },

    async createItem({ request, user }: RouteContext) {
      const body = await objectBody(request, true)
      if ('response' in body) return body.response
      const { connectorId, parameters, products, oauthRedirectUri, avoidDuplicates } = body.value
      if (parameters !== undefined && !isRecord(parameters)) {
        return errorResponse(400, 'parameters must be an object')
      }
      const forwarded: Record<string, unknown> = { connectorId, parameters, clientUserId: user.id }
      if (products !== undefined) forwarded.products = products
      if (oauthRedirectUri !== undefined) forwarded.oauthRedirectUri = oauthRedirectUri
      if (avoidDuplicates !== undefined) forwarded.avoidDuplicates = avoidDuplicates
      return proxied(await upstream.call('POST', '/items', forwarded, parameters))
    },

    async listConnectors({ request, url }: RouteContext) {
      await request.body?.cancel().catch(() => {})
      return proxied(await upstream.call('GET', `/connectors${url.search}`))
    },

    async getConnector({ params }: RouteContext) {
      return proxied(await upstream.call('GET', `/connectors/${params.connectorId ?? ''}`))
    },

    async connectToken({ request, user }: RouteContext) {
      const body = await objectBody(request, false)
      if ('response' in body) return body.response
      const { itemId } = body.value
      if (itemId !== undefined && typeof itemId !== 'string') {
        return errorResponse(400, 'itemId must be a string')
      }
      if (itemId !== undefined) {
        const found = await owned(user, itemId)
        if ('response' in found) return found.response
      }
      const answer = await upstream.call('POST', '/connect_token', {
        ...(itemId === undefined ? {} : { itemId }),
        options: { clientUserId: user.id },
      })
      if (answer.status !== 200) return proxied(answer)
      let accessToken: unknown
      try {
        accessToken = (JSON.parse(answer.text) as { accessToken?: unknown }).accessToken
      } catch {
        accessToken = undefined
      }
      if (typeof accessToken !== 'string') {
        return errorResponse(502, 'Pluggy answered without a connect token')
      }
      return jsonResponse(200, { accessToken })
    },
  }
}
