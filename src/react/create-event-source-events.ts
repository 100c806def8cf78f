import type { FarolEvents, FarolItemEvent } from './events'
import { getOrCreate } from '../core/get-or-create'

export interface EventSourceEventsOptions {
  withCredentials?: boolean
  /** For tests and non-browser runtimes; default `globalThis.EventSource`. */
  EventSource?: typeof EventSource
}

/** Pluggy's item webhook names, for relays that send them as named SSE events. */
const ITEM_EVENTS = [
  'created',
  'updated',
  'error',
  'deleted',
  'waiting_user_input',
  'waiting_user_action',
  'login_succeeded',
].map((name) => `item/${name}`)

function readEvent(data: unknown, name: string): FarolItemEvent | undefined {
  if (typeof data !== 'string') return undefined
  try {
    const json: unknown = JSON.parse(data)
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined
    const record = json as Record<string, unknown>
    if (typeof record.itemId !== 'string' || record.itemId === '') return undefined
    const event = typeof record.event === 'string' ? record.event : name
    return { ...record, event, itemId: record.itemId }
  } catch {
    return undefined
  }
}

/**
 * A push source over a host's Server-Sent Events relay of Pluggy webhooks
 * (`data: {"event":"item/updated","itemId":"…"}`). One connection, opened with
 * the first subscriber and closed with the last; healthy while open; the
 * browser reconnects by itself.
 */
export function createEventSourceEvents(
  url: string | URL,
  options: EventSourceEventsOptions = {},
): FarolEvents {
  const subscribers = new Map<string, Set<(event: FarolItemEvent) => void>>()
  const healthListeners = new Set<() => void>()
  let source: EventSource | undefined
  const openedBefore = new WeakSet<EventSource>()

  const notifyHealth = () => {
    for (const listener of [...healthListeners]) listener()
  }
  const deliver = (message: MessageEvent) => {
    const event = readEvent(message.data, message.type)
    if (!event) return
    for (const onEvent of [...(subscribers.get(event.itemId) ?? [])]) onEvent(event)
  }

  // Events missed while reconnecting are gone (at-most-once): each reconnect refetches once.
  const onOpen = (opened: EventSource) => {
    const reconnected = openedBefore.has(opened)
    openedBefore.add(opened)
    notifyHealth()
    if (!reconnected) return
    for (const [itemId, set] of [...subscribers]) {
      for (const onEvent of [...set]) onEvent({ event: 'farol/reconnected', itemId })
    }
  }

  function open(): void {
    const Source = options.EventSource ?? globalThis.EventSource
    if (source || typeof Source !== 'function') return
    const opened = new Source(String(url), { withCredentials: options.withCredentials ?? false })
    source = opened
    source.addEventListener('open', () => onOpen(opened))
    source.addEventListener('error', notifyHealth)
    source.addEventListener('message', deliver)
    for (const name of ITEM_EVENTS) source.addEventListener(name, deliver as EventListener)
  }

  function close(): void {
    source?.close()
    source = undefined
    notifyHealth()
  }

  return {
    subscribe(itemId, onEvent) {
      const set = getOrCreate(subscribers, itemId, () => new Set())
      set.add(onEvent)
      open()
      return () => {
        set.delete(onEvent)
        if (set.size === 0 && subscribers.get(itemId) === set) subscribers.delete(itemId)
        if (subscribers.size === 0) close()
      }
    },
    isHealthy() {
      return source !== undefined && source.readyState === 1
    },
    onHealthChange(listener) {
      healthListeners.add(listener)
      return () => healthListeners.delete(listener)
    },
  }
}
