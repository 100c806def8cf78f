import { secretsEqual } from './constant-time'
import { isRecord, readJsonBody } from './read-body'
import { errorResponse, jsonResponse } from './responses'
import type { FarolBus, FarolBusEvent } from './types'
import type { Upstream } from './upstream'

export interface WebhookOptions {
  bus: FarolBus
  secret: string
  header: string
  upstream: Upstream
  log: (line: string) => void
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined)

function readError(value: unknown): FarolBusEvent['error'] {
  if (!isRecord(value)) return undefined
  return { code: String(value.code ?? ''), message: String(value.message ?? '') }
}

/**
 * `POST /webhooks`: the shared secret checked in constant time (401 otherwise,
 * which Pluggy does not retry), a duplicate `eventId` acknowledged and dropped,
 * an item event published to the bus. Answers before the publish completes.
 */
export async function receiveWebhook(request: Request, options: WebhookOptions): Promise<Response> {
  const given = request.headers.get(options.header) ?? ''
  if (!(await secretsEqual(given, options.secret))) {
    await request.body?.cancel().catch(() => {})
    return errorResponse(401, 'Invalid webhook secret')
  }
  const body = await readJsonBody(request)
  if (!body.ok) return errorResponse(body.status, body.message)
  const payload = body.value
  if (!isRecord(payload)) return errorResponse(400, 'A webhook is a JSON object')
  const eventId = text(payload.eventId) ?? text(payload.id)
  const event = text(payload.event)
  if (!eventId || !event) return errorResponse(400, 'eventId and event are required')
  if (!(await options.bus.claim(eventId)))
    return jsonResponse(200, { received: true, duplicate: true })

  const itemId = text(payload.itemId)
  // Connector and product events reach no item stream: acknowledged, not relayed.
  if (!itemId || !event.startsWith('item/')) return jsonResponse(200, { received: true })
  const message: FarolBusEvent = {
    eventId,
    event,
    itemId,
    clientUserId: text(payload.clientUserId) ?? null,
  }
  const error = readError(payload.error)
  if (error) message.error = error
  void relay(message, options)
  return jsonResponse(200, { received: true })
}

/** Publishes; a payload without `clientUserId` learns it from the item first. */
async function relay(message: FarolBusEvent, options: WebhookOptions): Promise<void> {
  try {
    if (message.clientUserId === null && message.event !== 'item/deleted') {
      const answer = await options.upstream.call(
        'GET',
        `/items/${encodeURIComponent(message.itemId)}`,
      )
      if (answer.status === 200) {
        const item: unknown = JSON.parse(answer.text)
        if (isRecord(item)) message.clientUserId = text(item.clientUserId) ?? null
      }
    }
    await options.bus.publish(message)
  } catch {
    options.log(`farol/server: could not relay webhook ${message.event} (${message.eventId})`)
  }
}
