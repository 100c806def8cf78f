import type { FarolBus, FarolBusEvent, FarolUser, OwnedItem } from './types'

export interface EventHubOptions {
  bus: FarolBus
  ownsItem(user: FarolUser, item: OwnedItem): boolean | Promise<boolean>
  heartbeatMs: number
  maxBacklogBytes: number
  log: (line: string) => void
}

interface Client {
  user: FarolUser
  controller: ReadableStreamDefaultController<Uint8Array>
}

const encoder = new TextEncoder()
const HEARTBEAT = encoder.encode(': heartbeat\n\n')
/** The first bytes: a comment (flushes proxies and tells the browser it is open) and the retry delay. */
const OPENING = encoder.encode(': connected\nretry: 3000\n\n')

export const EVENT_STREAM_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  // no-transform: a compressing proxy would hold events back.
  'cache-control': 'no-cache, no-transform',
  // nginx (and others that honour it) must not buffer the stream.
  'x-accel-buffering': 'no',
}

/**
 * The `GET /events` streams of one handler: one bus subscription and one
 * heartbeat timer for all of them, each event sent to the streams of the
 * users who own its item. A stream whose reader falls `maxBacklogBytes` behind
 * is ended, so a client that never reads costs bounded memory.
 */
export function createEventHub(options: EventHubOptions) {
  const clients = new Set<Client>()
  let unsubscribe: (() => void) | undefined
  let heartbeat: ReturnType<typeof setInterval> | undefined

  function drop(client: Client, reason?: Error) {
    if (!clients.delete(client)) return
    try {
      if (reason) client.controller.error(reason)
      else client.controller.close()
    } catch {
      // Already closed by its reader.
    }
    if (clients.size === 0) stopShared()
  }

  function send(client: Client, bytes: Uint8Array) {
    if (!clients.has(client)) return
    // desiredSize = maxBacklogBytes - bytes queued and not yet read.
    const room = client.controller.desiredSize
    if (room !== null && room < 0) {
      options.log('farol/server: dropped an event stream whose client stopped reading')
      drop(client, new Error('event stream client too slow'))
      return
    }
    try {
      client.controller.enqueue(bytes)
    } catch {
      drop(client)
    }
  }

  function deliver(event: FarolBusEvent) {
    const { eventId, itemId } = event
    const payload: Record<string, unknown> = { eventId, event: event.event, itemId }
    if (event.error) payload.error = event.error
    const bytes = encoder.encode(`data: ${JSON.stringify(payload)}\n\n`)
    const item = { id: itemId, clientUserId: event.clientUserId }
    for (const client of clients) {
      let owns: boolean | Promise<boolean>
      try {
        owns = options.ownsItem(client.user, item)
      } catch {
        continue
      }
      if (owns === true) send(client, bytes)
      else if (owns instanceof Promise) {
        owns.then(
          (yes) => yes && send(client, bytes),
          () => {},
        )
      }
    }
  }

  function startShared() {
    unsubscribe ??= options.bus.subscribe(deliver)
    heartbeat ??= setInterval(() => {
      for (const client of clients) send(client, HEARTBEAT)
    }, options.heartbeatMs)
    // Never the reason a process stays up.
    ;(heartbeat as { unref?: () => void }).unref?.()
  }

  function stopShared() {
    unsubscribe?.()
    unsubscribe = undefined
    clearInterval(heartbeat)
    heartbeat = undefined
  }

  return {
    get size() {
      return clients.size
    },
    /** A `text/event-stream` response carrying this user's item events until `signal` aborts. */
    open(user: FarolUser, signal: AbortSignal | undefined): Response {
      let client: Client | undefined
      const body = new ReadableStream<Uint8Array>(
        {
          start(controller) {
            client = { user, controller }
            clients.add(client)
            startShared()
            controller.enqueue(OPENING)
          },
          cancel() {
            if (client) drop(client)
          },
        },
        { highWaterMark: options.maxBacklogBytes, size: (chunk) => chunk.byteLength },
      )
      signal?.addEventListener('abort', () => client && drop(client), { once: true })
      return new Response(body, { status: 200, headers: EVENT_STREAM_HEADERS })
    },
    close() {
      for (const client of [...clients]) drop(client)
      stopShared()
    },
  }
}
