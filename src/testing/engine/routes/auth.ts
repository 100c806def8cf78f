import type { RouteHandler } from '../engine'
import { isRecord } from '../request'
import { apiError, json } from '../respond'

/** `POST /auth { clientId, clientSecret }` → `{ apiKey }`. */
export const postAuth: RouteHandler = (engine, { body }) => {
  if (
    !isRecord(body) ||
    typeof body.clientId !== 'string' ||
    typeof body.clientSecret !== 'string'
  ) {
    return apiError(engine.errors, 400, 'clientId and clientSecret are required')
  }
  if (!body.clientId || !body.clientSecret || !engine.authorize(body.clientId, body.clientSecret)) {
    return apiError(engine.errors, 401, 'Invalid client credentials', {
      codeDescription: 'CLIENT_KEYS_UNAUTHORIZED',
    })
  }
  const apiKey = engine.tokens.issue('api-key', engine.now(), engine.settings.apiKeyTtlMs)
  return json(200, { apiKey })
}

/** `POST /connect_token { itemId?, options? }` → `{ accessToken }` (API key only). */
export const postConnectToken: RouteHandler = (engine, { body }) => {
  const input = body === undefined ? {} : body
  if (!isRecord(input)) return apiError(engine.errors, 400, 'Request body must be a JSON object')
  const { itemId } = input
  if (itemId !== undefined && typeof itemId !== 'string') {
    return apiError(engine.errors, 400, 'itemId must be a string')
  }
  if (itemId !== undefined && !engine.items.has(itemId)) {
    return apiError(engine.errors, 404, `Item ${itemId} not found`)
  }
  // pluggy-sdk sends `options: { clientUserId, webhookUrl }`; top-level fields are read too.
  const options = { ...input, ...(isRecord(input.options) ? input.options : {}) }
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined)
  const accessToken = engine.tokens.issue(
    'connect-token',
    engine.now(),
    engine.settings.connectTokenTtlMs,
    {
      ...(itemId === undefined ? {} : { itemId }),
      clientUserId: text(options.clientUserId),
      webhookUrl: text(options.webhookUrl),
      oauthRedirectUri: text(options.oauthRedirectUri),
    },
  )
  return json(200, { accessToken })
}
