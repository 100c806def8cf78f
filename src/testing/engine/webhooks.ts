import type { Item } from '../../core'
import { createPrng, uuidFrom } from './prng'

/** Item events the sandbox sends, as Pluggy names them. */
export const ITEM_WEBHOOK_EVENTS = [
  'item/created',
  'item/updated',
  'item/error',
  'item/deleted',
  'item/waiting_user_input',
  'item/waiting_user_action',
  'item/login_succeeded',
] as const

export type ItemWebhookEvent = (typeof ITEM_WEBHOOK_EVENTS)[number]

/** `POST /webhooks` accepts these; `all` and `item/all` match every item event. */
export const WEBHOOK_EVENT_NAMES: readonly string[] = [...ITEM_WEBHOOK_EVENTS, 'all', 'item/all']

/** A `POST /webhooks` registration. */
export interface WebhookRegistration {
  id: string
  event: string
  url: string
  /** Sent with every delivery: the documented way to carry a shared secret. */
  headers: Record<string, string>
  createdAt: string
  updatedAt: string
}

/** Pluggy's item webhook body. */
export interface ItemWebhookPayload {
  /** Deprecated by Pluggy, still sent: the same as `eventId`. */
  id: string
  eventId: string
  event: ItemWebhookEvent
  itemId: string
  clientUserId: string | null
  triggeredBy: 'USER' | 'CLIENT' | 'SYNC' | 'INTERNAL'
  error?: { code: string; message: string }
}

/** One POST the sandbox owes a receiver. */
export interface WebhookDelivery {
  url: string
  headers: Record<string, string>
  payload: ItemWebhookPayload
}

interface Seen {
  signature: string
  run: number
  loginSent: boolean
  clientUserId: string | null
  webhookUrl: string | null
}

const LOGIN_STEP = 'LOGIN_IN_PROGRESS'

/** The events an item's move from `before` to `now` fires (Pluggy's docs, §3.6 of the facts). */
function eventsFor(item: Item, before: Seen | undefined): ItemWebhookEvent[] {
  const events: ItemWebhookEvent[] = []
  if (!before) events.push('item/created')
  const { status, executionStatus } = item
  const collecting =
    status === 'UPDATING' &&
    (executionStatus ?? '').endsWith('_IN_PROGRESS') &&
    executionStatus !== LOGIN_STEP
  if (collecting && !before?.loginSent) events.push('item/login_succeeded')
  if (status === 'WAITING_USER_INPUT') events.push('item/waiting_user_input')
  else if (status === 'WAITING_USER_ACTION') events.push('item/waiting_user_action')
  else if (status === 'UPDATED') events.push('item/updated')
  // USER_AUTHORIZATION_PENDING fires item/error too (Pluggy's docs).
  else if (status === 'LOGIN_ERROR' || status === 'OUTDATED' || item.error) {
    events.push('item/error')
  }
  return events
}

/**
 * Watches items for the transitions Pluggy sends webhooks about. The sandbox's
 * items move with time, so a caller (the HTTP server's dispatcher) asks
 * `collect` often; each transition is reported once.
 */
export function createWebhookTracker(seed: number) {
  const registrations = new Map<string, WebhookRegistration>()
  const seen = new Map<string, Seen>()
  let prng = createPrng(seed ^ 0x5eed)
  // Receivers drop an eventId they have seen: after a reset, ids go on from new values.
  let generation = 0

  function targets(
    event: ItemWebhookEvent,
    webhookUrl: string | null,
  ): Array<Pick<WebhookDelivery, 'url' | 'headers'>> {
    const out: Array<Pick<WebhookDelivery, 'url' | 'headers'>> = []
    if (webhookUrl) out.push({ url: webhookUrl, headers: {} })
    for (const r of registrations.values()) {
      if (r.event === event || r.event === 'all' || r.event === 'item/all') {
        out.push({ url: r.url, headers: { ...r.headers } })
      }
    }
    return out
  }

  function deliveries(
    event: ItemWebhookEvent,
    itemId: string,
    state: Pick<Seen, 'clientUserId' | 'webhookUrl' | 'run'>,
    error?: Item['error'],
  ): WebhookDelivery[] {
    const eventId = uuidFrom(prng)
    const payload: ItemWebhookPayload = {
      id: eventId,
      eventId,
      event,
      itemId,
      clientUserId: state.clientUserId,
      triggeredBy: state.run === 0 ? 'USER' : 'CLIENT',
    }
    if (event === 'item/error' && error) {
      payload.error = { code: error.code, message: error.message }
    }
    return targets(event, state.webhookUrl).map((target) => ({ ...target, payload }))
  }

  return {
    registrations,
    /** Whether anyone listens: no registration and no item webhookUrl means nothing to do. */
    watching(items: Iterable<{ webhookUrl: string | null }>): boolean {
      if (registrations.size > 0 || seen.size > 0) return true
      for (const item of items) if (item.webhookUrl) return true
      return false
    },
    /** Remembers these items' current state without firing (a registration starts from now). */
    prime(items: Array<{ item: Item; run: number }>): void {
      for (const { item, run } of items) {
        if (seen.has(item.id)) continue
        seen.set(item.id, {
          signature: `${run}|${item.status}|${item.executionStatus}`,
          run,
          loginSent: item.status !== 'UPDATING' || item.executionStatus !== LOGIN_STEP,
          clientUserId: item.clientUserId ?? null,
          webhookUrl: item.webhookUrl ?? null,
        })
      }
    },
    /** Deliveries for every transition since the last call. `items`: each item and its run index. */
    collect(items: Array<{ item: Item; run: number }>): WebhookDelivery[] {
      const out: WebhookDelivery[] = []
      const present = new Set<string>()
      for (const { item, run } of items) {
        present.add(item.id)
        const before = seen.get(item.id)
        const signature = `${run}|${item.status}|${item.executionStatus}`
        if (before && before.signature === signature) continue
        const sameRun = before?.run === run
        const state: Seen = {
          signature,
          run,
          loginSent: sameRun ? (before?.loginSent ?? false) : false,
          clientUserId: item.clientUserId ?? null,
          webhookUrl: item.webhookUrl ?? null,
        }
        const events = eventsFor(item, before && { ...before, loginSent: state.loginSent })
        if (events.includes('item/login_succeeded')) state.loginSent = true
        seen.set(item.id, state)
        // An item nobody listens to is still tracked, so a later registration starts clean.
        for (const event of events) out.push(...deliveries(event, item.id, state, item.error))
      }
      for (const [itemId, state] of seen) {
        if (present.has(itemId)) continue
        seen.delete(itemId)
        out.push(...deliveries('item/deleted', itemId, state))
      }
      return out
    },
    reset() {
      registrations.clear()
      seen.clear()
      generation += 1
      prng = createPrng((seed ^ 0x5eed) + generation * 0x9e37)
    },
  }
}

export type WebhookTracker = ReturnType<typeof createWebhookTracker>
