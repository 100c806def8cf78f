import type { FarolBus, FarolBusEvent } from './types'

/**
 * The part of a node-redis client (`redis` 5 or 6, `createClient()`) the bus uses.
 * ioredis is not supported: its `subscribe` has another shape.
 */
export interface RedisClientLike {
  connect(): Promise<unknown>
  publish(channel: string, message: string): Promise<unknown>
  subscribe(channel: string, listener: (message: string, channel: string) => void): Promise<unknown>
  unsubscribe(channel: string): Promise<unknown>
  sendCommand(args: string[]): Promise<unknown>
  duplicate(): RedisClientLike
  close?(): Promise<unknown>
  quit?(): Promise<unknown>
  readonly isOpen: boolean
}

export interface RedisBusOptions {
  /** e.g. `redis://127.0.0.1:6379`: the bus opens (and closes) its own two connections. */
  url?: string
  /** The host's own connected client, used to publish and de-duplicate. */
  client?: RedisClientLike
  /** A connection for subscribing only. Default: `client.duplicate()`, connected by the bus. */
  subscriber?: RedisClientLike
  /** Default `farol:events`. Instances that share it share events. */
  channel?: string
  /** How long an `eventId` is remembered across instances. Default 1 day. */
  dedupeSeconds?: number
  /** Where operational problems go. Default `console.warn`. */
  log?: (line: string) => void
}

/** A Redis bus; `ready()` resolves once it publishes and listens. */
export interface RedisBus extends FarolBus {
  ready(): Promise<void>
}

function parse(message: string): FarolBusEvent | undefined {
  try {
    const value = JSON.parse(message) as Partial<FarolBusEvent>
    if (typeof value.eventId !== 'string' || typeof value.event !== 'string') return undefined
    if (typeof value.itemId !== 'string') return undefined
    return {
      eventId: value.eventId,
      event: value.event,
      itemId: value.itemId,
      clientUserId: typeof value.clientUserId === 'string' ? value.clientUserId : null,
      ...(value.error ? { error: value.error } : {}),
    }
  } catch {
    return undefined
  }
}

async function connected(client: RedisClientLike): Promise<RedisClientLike> {
  if (!client.isOpen) await client.connect()
  return client
}

async function closeClient(client: RedisClientLike): Promise<void> {
  if (!client.isOpen) return
  await (client.close ? client.close() : client.quit?.())
}

/**
 * A bus over Redis pub/sub (node-redis): a webhook received by one instance
 * reaches the browsers connected to every instance. A subscribing connection
 * can do nothing else, so the bus keeps one of its own. Pub/sub is
 * at-most-once: the browser refetches on every reconnect to cover a gap.
 */
export function createRedisBus(options: RedisBusOptions): RedisBus {
  const channel = options.channel ?? 'farol:events'
  const dedupeSeconds = options.dedupeSeconds ?? 86_400
  const log = options.log ?? ((line: string) => console.warn(line))
  const owned = options.client === undefined
  const listeners = new Set<(event: FarolBusEvent) => void>()

  const publisher: Promise<RedisClientLike> = (async () => {
    if (options.client) return connected(options.client)
    if (!options.url) throw new Error('createRedisBus needs a url or a client')
    const { createClient } = (await import('redis')) as unknown as {
      createClient(options: { url: string }): RedisClientLike
    }
    const client = createClient({ url: options.url })
    ;(client as unknown as { on?(event: string, fn: () => void): void }).on?.('error', () =>
      log('farol/server: Redis connection error'),
    )
    return connected(client)
  })()
  const subscriber: Promise<RedisClientLike> = (async () => {
    const sub = options.subscriber ?? (await publisher).duplicate()
    ;(sub as unknown as { on?(event: string, fn: () => void): void }).on?.('error', () =>
      log('farol/server: Redis subscriber connection error'),
    )
    await connected(sub)
    await sub.subscribe(channel, (message) => {
      const event = parse(message)
      if (!event) return
      for (const listener of [...listeners]) {
        try {
          listener(event)
        } catch {
          // One broken listener must not keep the event from the others.
        }
      }
    })
    return sub
  })()
  // Failures surface on first use (publish, claim, ready) rather than as unhandled rejections.
  publisher.catch(() => {})
  subscriber.catch(() => {})

  return Object.assign(
    {
      async publish(event: FarolBusEvent) {
        await (await publisher).publish(channel, JSON.stringify(event))
      },
      subscribe(listener: (event: FarolBusEvent) => void) {
        listeners.add(listener)
        return () => {
          listeners.delete(listener)
        }
      },
      async claim(eventId: string) {
        const client = await publisher
        const key = `${channel}:seen:${eventId}`
        const reply = await client.sendCommand(['SET', key, '1', 'NX', 'EX', String(dedupeSeconds)])
        return reply === 'OK'
      },
      async close() {
        listeners.clear()
        const sub = await subscriber.catch(() => undefined)
        if (sub) {
          await sub.unsubscribe(channel).catch(() => {})
          if (!options.subscriber) await closeClient(sub).catch(() => {})
        }
        if (owned) {
          const client = await publisher.catch(() => undefined)
          if (client) await closeClient(client).catch(() => {})
        }
      },
    },
    {
      /** Resolves once both connections are up and subscribed. */
      ready: () => Promise.all([publisher, subscriber]).then(() => undefined),
    },
  )
}
