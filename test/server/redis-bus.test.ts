// Several instances through a real Redis (a redis-server started for this run by
// test/setup/redis.global.ts): a webhook received by one instance reaches a browser
// connected to another, once, whichever instance received the retries.
import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createRedisBus, type RedisBus } from '../../src/server'
import { openEvents, postWebhook, sleep, startBackend, type Backend } from './harness'
import { startSandboxServer, type SandboxServer } from '../../src/testing/server'

const redisUrl = inject('redisUrl')
let pluggy: SandboxServer
const closers: Array<() => Promise<void>> = []

beforeAll(async () => {
  pluggy = await startSandboxServer()
})
afterAll(async () => {
  for (const close of closers.splice(0).reverse()) await close()
  await pluggy.close()
})

/** Two instances on one channel (a channel per test keeps tests apart). */
async function twoInstances(channel: string): Promise<[Backend, Backend]> {
  const buses: RedisBus[] = [
    createRedisBus({ url: redisUrl, channel }),
    createRedisBus({ url: redisUrl, channel }),
  ]
  await Promise.all(buses.map((bus) => bus.ready()))
  const backends = await Promise.all(buses.map((bus) => startBackend(pluggy.url, { bus })))
  for (const [i, backend] of backends.entries()) {
    closers.push(async () => {
      await backend.close()
      await buses[i]?.close()
    })
  }
  return backends as [Backend, Backend]
}

describe('createRedisBus', () => {
  it('a webhook received by instance A reaches the browser connected to instance B', async () => {
    const [a, b] = await twoInstances('farol:test:across')
    const onB = await openEvents(`${b.base}/events`, 'ana')
    const otherOnB = await openEvents(`${b.base}/events`, 'bruno')
    const response = await postWebhook(a, {
      eventId: 'r-1',
      event: 'item/updated',
      itemId: 'item-1',
      clientUserId: 'ana',
    })
    expect(response.status).toBe(200)
    await onB.waitFor(1)
    expect(onB.events[0]).toMatchObject({ eventId: 'r-1', itemId: 'item-1', event: 'item/updated' })
    await sleep(50)
    expect(otherOnB.events).toEqual([])
    onB.close()
    otherOnB.close()
  })

  it('a retry that lands on the other instance is dropped there', async () => {
    const [a, b] = await twoInstances('farol:test:dedupe')
    const client = await openEvents(`${a.base}/events`, 'ana')
    const payload = { eventId: 'r-2', event: 'item/error', itemId: 'item-2', clientUserId: 'ana' }
    const first = await postWebhook(a, payload)
    const retry = await postWebhook(b, payload)
    expect(first.status).toBe(200)
    expect(await retry.json()).toEqual({ received: true, duplicate: true })
    await client.waitFor(1)
    await sleep(100)
    expect(client.events).toHaveLength(1)
    client.close()
  })

  it("uses the host's own node-redis client, and a dedicated subscriber connection", async () => {
    const client = createClient({ url: redisUrl })
    await client.connect()
    const bus = createRedisBus({ client, channel: 'farol:test:own' })
    await bus.ready()
    const seen: string[] = []
    const stop = bus.subscribe((event) => seen.push(event.eventId))
    // The host's client still runs ordinary commands: it is not the subscriber.
    await client.set('farol:test:plain', 'ok')
    expect(await client.get('farol:test:plain')).toBe('ok')
    await bus.publish({ eventId: 'own-1', event: 'item/updated', itemId: 'i', clientUserId: 'ana' })
    await expect.poll(() => seen).toEqual(['own-1'])
    stop()
    await bus.close()
    // Closing the bus leaves the host's client open.
    expect(client.isOpen).toBe(true)
    await client.close()
  })

  it('ignores foreign messages on the channel', async () => {
    const bus = createRedisBus({ url: redisUrl, channel: 'farol:test:foreign' })
    await bus.ready()
    closers.push(() => bus.close())
    const seen: string[] = []
    bus.subscribe((event) => seen.push(event.eventId))
    const intruder = createClient({ url: redisUrl })
    await intruder.connect()
    await intruder.publish('farol:test:foreign', 'not json')
    await intruder.publish('farol:test:foreign', '{"event":"x"}')
    await bus.publish({ eventId: 'good', event: 'item/updated', itemId: 'i', clientUserId: null })
    await expect.poll(() => seen).toEqual(['good'])
    await intruder.close()
  })
})
