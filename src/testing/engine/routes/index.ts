import type { RouteHandler } from '../engine'
import type { RoutePattern } from '../router'
import { postAuth, postConnectToken } from './auth'
import { getConnector, listConnectors, validateConnectorParameters } from './connectors'
import { deleteItem, disableAutoSync, getItem, patchItem, postItem, postMfa } from './items'
import { deleteWebhook, listWebhooks, postWebhook } from './webhooks'

export interface ApiRoute extends RoutePattern {
  /** `METHOD /pattern`: the rate-limit bucket and the request-log label. */
  key: string
  /** `none`: public; `api-key`: API keys only; `any`: API keys and connect tokens. */
  auth: 'none' | 'api-key' | 'any'
  handle: RouteHandler
}

function route(method: string, pattern: string, auth: ApiRoute['auth'], handle: RouteHandler) {
  return { method, pattern, key: `${method} ${pattern}`, auth, handle }
}

export const API_ROUTES: readonly ApiRoute[] = [
  route('POST', '/auth', 'none', postAuth),
  route('POST', '/connect_token', 'api-key', postConnectToken),
  route('GET', '/connectors', 'any', listConnectors),
  route('GET', '/connectors/:id', 'any', getConnector),
  route('POST', '/connectors/:id/validate', 'any', validateConnectorParameters),
  route('POST', '/items', 'any', postItem),
  route('GET', '/items/:id', 'any', getItem),
  route('PATCH', '/items/:id', 'any', patchItem),
  route('DELETE', '/items/:id', 'any', deleteItem),
  route('POST', '/items/:id/mfa', 'any', postMfa),
  route('PATCH', '/items/:id/disable-auto-sync', 'api-key', disableAutoSync),
  route('POST', '/webhooks', 'api-key', postWebhook),
  route('GET', '/webhooks', 'api-key', listWebhooks),
  route('DELETE', '/webhooks/:id', 'api-key', deleteWebhook),
]
