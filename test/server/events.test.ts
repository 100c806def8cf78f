// Webhooks in, Server-Sent Events out: the shared secret, duplicates, each user's own
// events only, heartbeats, and a client that never reads.
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  openEvents,
  postWebhook,
  sleep,
  startBackend,
  startStack,
  WEBHOOK_SECRET,
  type Stack,
} from './harness'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())

let serial = 0
const webhook = (itemId: string, clientUserId: string | undefined, event = 'item/updated') => ({
  id: `evt-${++serial}`,
  eventId: `evt-${serial}`,
  event,
  itemId,
  triggeredBy: 'SYNC',
  ...(clientUserId === undefined ? {} : { clientUserId }),
})

describe('POST /webhooks', () => {
  it('without the secret, or with a wrong one of the same length: 401, nothing relayed', async () => {
    const client = await openEvents(`${stack.backend.base}/events`, 'ana')
    const wrong = WEBHOOK_SECRET.slice(0, -1) + (WEBHOOK_SECRET.endsWith('f') ? 'e' : 'f')
    expect(wrong).toHaveLength(WEBHOOK_SECRET.length)
    for (const secret of [null, '', wrong, WEBHOOK_SECRET.toUpperCase(), `${WEBHOOK_SECRET}0`]) {
      const response = await postWebhook(stack.backend, webhook('item-a', 'ana'), secret)
      expect(response.status, String(secret)).toBe(401)
    }
    const ok = await postWebhook(stack.backend, webhook('item-a', 'ana'))
    expect(ok.status).toBe(200)
    await client.waitFor(1)
    await sleep(50)
    expect(client.events).toHaveLength(1)
    client.close()
  })

  it('a replayed eventId is acknowledged (200, so Pluggy stops) and relayed once', async () => {
    const client = await openEvents(`${stack.backend.base}/events`, 'ana')
    const payload = webhook('item-b', 'ana')
    const answers = await Promise.all([1, 2, 3].map(() => postWebhook(stack.backend, payload)))
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200])
    const bodies = await Promise.all(answers.map((a) => a.json()))
    expect(bodies.filter((b) => (b as { duplicate?: boolean }).duplicate)).toHaveLength(2)
    await client.waitFor(1)
    await sleep(50)
    expect(client.events.map((e) => e.eventId)).toEqual([payload.eventId])
    client.close()
  })

  it('bad payloads: 400, never a crash', async () => {
    for (const body of ['{', '[]', '{"event":"item/updated"}', '{"eventId":"x"}', '"x"']) {
      const response = await postWebhook(stack.backend, body)
      expect(response.status, body).toBe(400)
    }
    const fine = await postWebhook(stack.backend, webhook('item-c', 'ana'))
    expect(fine.status).toBe(200)
  })

  it('connector events are acknowledged but reach no item stream', async () => {
    const client = await openEvents(`${stack.backend.base}/events`, 'ana')
    const response = await postWebhook(stack.backend, {
      eventId: `connector-${++serial}`,
      event: 'connector/status_updated',
      data: { status: 'OFFLINE' },
    })
    expect(response.status).toBe(200)
    await sleep(50)
    expect(client.events).toEqual([])
    client.close()
  })
})

describe('GET /events', () => {
  it('streams with the headers that keep proxies from buffering, a comment first', async () => {
    const client = await openEvents(`${stack.backend.base}/events`, 'ana')
    expect(client.response.status).toBe(200)
    expect(client.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
    expect(client.response.headers.get('cache-control')).toBe('no-cache, no-transform')
    expect(client.response.headers.get('x-accel-buffering')).toBe('no')
    await expect.poll(() => client.text()).toMatch(/^:/)
    client.close()
  })

  it("each user gets their own items' events only, with error details", async () => {
    const ana = await openEvents(`${stack.backend.base}/events`, 'ana')
    const bruno = await openEvents(`${stack.backend.base}/events`, 'bruno')
    await postWebhook(stack.backend, webhook('item-of-bruno', 'bruno'))
    await postWebhook(stack.backend, {
      ...webhook('item-of-ana', 'ana', 'item/error'),
      error: { code: 'INVALID_CREDENTIALS', message: 'Senha inválida' },
    })
    await Promise.all([ana.waitFor(1), bruno.waitFor(1)])
    await sleep(50)
    expect(ana.events).toEqual([
      expect.objectContaining({
        event: 'item/error',
        itemId: 'item-of-ana',
        error: { code: 'INVALID_CREDENTIALS', message: 'Senha inválida' },
      }),
    ])
    expect(bruno.events.map((e) => e.itemId)).toEqual(['item-of-bruno'])
    ana.close()
    bruno.close()
  })

  it('a payload without clientUserId learns the owner from the item', async () => {
    const item = stack.pluggy.sandbox.createItem('success', { clientUserId: 'ana', stepMs: 0 })
    const ana = await openEvents(`${stack.backend.base}/events`, 'ana')
    const bruno = await openEvents(`${stack.backend.base}/events`, 'bruno')
    await postWebhook(stack.backend, webhook(item.id, undefined))
    await ana.waitFor(1)
    await sleep(50)
    expect(bruno.events).toEqual([])
    ana.close()
    bruno.close()
  })

  it('one stream per tab; a closed tab is forgotten', async () => {
    await expect.poll(() => stack.backend.handler.openStreams).toBe(0)
    const before = 0
    const tabs = await Promise.all(
      [1, 2, 3].map(() => openEvents(`${stack.backend.base}/events`, 'ana')),
    )
    expect(stack.backend.handler.openStreams).toBe(before + 3)
    await postWebhook(stack.backend, webhook('item-d', 'ana'))
    await Promise.all(tabs.map((tab) => tab.waitFor(1)))
    for (const tab of tabs) tab.close()
    await expect.poll(() => stack.backend.handler.openStreams).toBe(before)
  })

  it('sends heartbeat comments', async () => {
    const backend = await startBackend(stack.pluggy.url, { heartbeatMs: 30 })
    try {
      const client = await openEvents(`${backend.base}/events`, 'ana')
      await expect
        .poll(() => client.comments.filter((c) => c === 'heartbeat').length)
        .toBeGreaterThanOrEqual(2)
      client.close()
    } finally {
      await backend.close()
    }
  })

  it('a client that never reads is dropped; the others get every event', async () => {
    const backend = await startBackend(stack.pluggy.url)
    try {
      const reader = await openEvents(`${backend.base}/events`, 'ana')
      // A raw socket that sends the request and then never reads a byte.
      const url = new URL(backend.base)
      const stuck = connect(Number(url.port), url.hostname)
      stuck.pause()
      stuck.write(
        `GET ${url.pathname}/events HTTP/1.1\r\nHost: ${url.host}\r\nx-test-user: ana\r\n\r\n`,
      )
      await expect.poll(() => backend.handler.openStreams).toBe(2)
      const padding = 'p'.repeat(400)
      let sent = 0
      // Bounded: the kernel's socket buffers are a few MB at most.
      while (backend.handler.openStreams === 2 && sent < 100_000) {
        for (let i = 0; i < 20; i++) {
          sent += 1
          await backend.bus.publish({
            eventId: `flood-${sent}`,
            event: 'item/updated',
            itemId: `item-${padding}`,
            clientUserId: 'ana',
          })
        }
        await sleep(1)
      }
      expect(backend.handler.openStreams).toBe(1)
      expect(backend.logs.join('\n')).toContain('stopped reading')
      await reader.waitFor(sent, 20_000)
      expect(new Set(reader.events.map((e) => e.eventId)).size).toBe(sent)
      stuck.destroy()
      reader.close()
    } finally {
      await backend.close()
    }
  })
})
