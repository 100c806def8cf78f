import type { RouteHandler } from '../engine'
import { isRecord } from '../request'
import { apiError, json } from '../respond'
import { uuidFrom } from '../prng'
import { WEBHOOK_EVENT_NAMES, type WebhookRegistration } from '../webhooks'

function readHeaders(value: unknown): Record<string, string> | undefined {
  if (value === undefined || value === null) return {}
  if (!isRecord(value)) return undefined
  const out: Record<string, string> = {}
  for (const [name, v] of Object.entries(value)) {
    if (typeof v !== 'string') return undefined
    out[name] = v
  }
  return out
}

function validUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false
  try {
    // Pluggy demands HTTPS and refuses localhost; the sandbox lives on loopback, so it takes both.
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/** `POST /webhooks { event, url, headers? }` (API key only). */
export const postWebhook: RouteHandler = (engine, { body }) => {
  if (!isRecord(body)) return apiError(engine.errors, 400, 'Request body must be a JSON object')
  const { event, url } = body
  if (typeof event !== 'string' || !WEBHOOK_EVENT_NAMES.includes(event)) {
    return apiError(engine.errors, 400, `event must be one of ${WEBHOOK_EVENT_NAMES.join(', ')}`)
  }
  if (!validUrl(url)) return apiError(engine.errors, 400, 'url must be an http(s) URL')
  const headers = readHeaders(body.headers)
  if (!headers) return apiError(engine.errors, 400, 'headers must be an object of strings')
  const at = new Date(engine.now()).toISOString()
  const registration: WebhookRegistration = {
    id: uuidFrom(engine.prng),
    event,
    url,
    headers,
    createdAt: at,
    updatedAt: at,
  }
  // From now on: the items' present states are not news.
  engine.webhooks.prime(engine.itemViews())
  engine.webhooks.registrations.set(registration.id, registration)
  return json(200, registration)
}

export const listWebhooks: RouteHandler = (engine) =>
  json(200, { results: [...engine.webhooks.registrations.values()] })

export const deleteWebhook: RouteHandler = (engine, { params }) => {
  const id = params.id ?? ''
  if (!engine.webhooks.registrations.delete(id)) {
    return apiError(engine.errors, 404, `Webhook ${id} not found`)
  }
  return json(200, { count: 1 })
}
