// The sandbox as Pluggy for farol/server: connect tokens with clientUserId, POST /webhooks
// registrations with custom headers, a delivery on every item transition in Pluggy's
// payload shape, retries when the receiver fails and none after a 401.
import { createServer, type IncomingMessage } from 'node:http'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { SANDBOX_API_KEY } from '../../src/testing'
import { startSandboxServer, type SandboxServer } from '../../src/testing/server'
import { closeServer, listen, openEvents, startBackend, WEBHOOK_SECRET } from './harness'

interface Received {
  headers: IncomingMessage['headers']
  body: Record<string, unknown>
}

let pluggy: SandboxServer
let receiverUrl: string
const received: Received[] = []
/** What the receiver answers next (then 200). */
const answers: number[] = []
const receiver = createServer((req, res) => {
  let text = ''
  req.on('data', (chunk: Buffer) => (text += chunk.toString()))
  req.on('end', () => {
    received.push({ headers: req.headers, body: JSON.parse(text) as Record<string, unknown> })
    res.writeHead(answers.shift() ?? 200).end()
  })
})

beforeAll(async () => {
  pluggy = await startSandboxServer({
    sandboxOptions: { stepMs: 15 },
    webhooks: { intervalMs: 5, retryDelaysMs: [20, 40] },
  })
  receiverUrl = await listen(receiver)
})
afterAll(async () => {
  await pluggy.close()
  await closeServer(receiver)
})
afterEach(async () => {
  for (const hook of pluggy.sandbox.webhooks) {
    await api('DELETE', `/webhooks/${hook.id}`)
  }
  received.length = 0
  answers.length = 0
})

function api(method: string, path: string, body?: unknown, key = SANDBOX_API_KEY) {
  return fetch(`${pluggy.url}${path}`, {
    method,
    headers: { 'x-api-key': key, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
}

const eventsOf = (itemId: string) =>
  received.filter((r) => r.body.itemId === itemId).map((r) => r.body.event)

async function register(event = 'all', headers: Record<string, string> = { 'x-secret': 's3' }) {
  const response = await api('POST', '/webhooks', { event, url: `${receiverUrl}/hook`, headers })
  expect(response.status).toBe(200)
  return (await response.json()) as { id: string }
}

describe('POST /webhooks', () => {
  it('registers with an API key only, and checks what it is given', async () => {
    const token = pluggy.sandbox.issueConnectToken()
    expect((await api('POST', '/webhooks', { event: 'all', url: receiverUrl }, token)).status).toBe(
      403,
    )
    expect((await api('POST', '/webhooks', { event: 'nope', url: receiverUrl })).status).toBe(400)
    expect((await api('POST', '/webhooks', { event: 'all', url: 'not a url' })).status).toBe(400)
    expect(
      (await api('POST', '/webhooks', { event: 'all', url: receiverUrl, headers: { a: 1 } }))
        .status,
    ).toBe(400)
    const hook = await register()
    const list = (await (await api('GET', '/webhooks')).json()) as {
      results: Array<{ id: string }>
    }
    expect(list.results.map((r) => r.id)).toEqual([hook.id])
  })

  it('an MFA item: created → waiting_user_input → login_succeeded → updated, with headers and payload', async () => {
    await register()
    const created = await api('POST', '/items', {
      connectorId: 5,
      parameters: { user: 'user-ok', password: 'password-ok' },
      clientUserId: 'ana',
    })
    const { id } = (await created.json()) as { id: string }
    await expect.poll(() => eventsOf(id)).toContain('item/waiting_user_input')
    expect((await api('POST', `/items/${id}/mfa`, { token: '123456' })).status).toBe(200)
    await expect.poll(() => eventsOf(id)).toContain('item/updated')
    expect(eventsOf(id)[0]).toBe('item/created')
    const order = eventsOf(id)
    expect(order.indexOf('item/waiting_user_input')).toBeLessThan(order.indexOf('item/updated'))
    expect(order).toContain('item/login_succeeded')
    const first = received.find((r) => r.body.itemId === id)!
    expect(first.headers['x-secret']).toBe('s3')
    expect(first.headers['content-type']).toBe('application/json')
    expect(first.body).toEqual({
      id: first.body.eventId,
      eventId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      event: 'item/created',
      itemId: id,
      clientUserId: 'ana',
      triggeredBy: 'USER',
    })
    expect(new Set(received.map((r) => r.body.eventId)).size).toBe(received.length)
  })

  it('item/error carries the error; item/deleted follows a DELETE; a PATCH run is CLIENT', async () => {
    await register('all')
    const item = pluggy.sandbox.createItem('invalid-credentials', { clientUserId: 'ana' })
    await expect.poll(() => eventsOf(item.id)).toContain('item/error')
    const error = received.find((r) => r.body.event === 'item/error' && r.body.itemId === item.id)!
    expect(error.body.error).toEqual({ code: 'INVALID_CREDENTIALS', message: expect.any(String) })
    await api('PATCH', `/items/${item.id}`, {
      parameters: { user: 'user-ok', password: 'password-ok' },
    })
    await expect.poll(() => eventsOf(item.id)).toContain('item/updated')
    const updated = received.find(
      (r) => r.body.event === 'item/updated' && r.body.itemId === item.id,
    )!
    expect(updated.body.triggeredBy).toBe('CLIENT')
    await api('DELETE', `/items/${item.id}`)
    await expect.poll(() => eventsOf(item.id)).toContain('item/deleted')
  })

  it('device authorization and user actions: item/error (pending) and item/waiting_user_action', async () => {
    await register('all')
    const device = pluggy.sandbox.createItem('device-authorization', {
      connectorId: 102,
      clientUserId: 'ana',
    })
    const action = pluggy.sandbox.createItem('user-action-authorize-access', {
      clientUserId: 'ana',
    })
    await expect.poll(() => eventsOf(device.id)).toContain('item/error')
    await expect.poll(() => eventsOf(action.id)).toContain('item/waiting_user_action')
  })

  it('only the registered event is sent', async () => {
    await register('item/updated')
    const item = pluggy.sandbox.createItem('success', { clientUserId: 'ana' })
    await expect.poll(() => eventsOf(item.id)).toEqual(['item/updated'])
  })

  it('after a reset, the same item ids come back but every eventId is new (receivers dedupe by it)', async () => {
    pluggy.sandbox.reset()
    await register('item/updated')
    const first = pluggy.sandbox.createItem('success', { clientUserId: 'ana' })
    await expect.poll(() => eventsOf(first.id)).toEqual(['item/updated'])
    const before = received.map((r) => r.body.eventId)
    pluggy.sandbox.reset()
    received.length = 0
    await register('item/updated')
    const again = pluggy.sandbox.createItem('success', { clientUserId: 'ana' })
    // Deterministic: the seed gives the same item id after a reset.
    expect(again.id).toBe(first.id)
    await expect.poll(() => eventsOf(again.id)).toEqual(['item/updated'])
    const after = received.map((r) => r.body.eventId)
    expect(after.filter((id) => before.includes(id))).toEqual([])
  })

  it("an item's own webhookUrl gets its events, without custom headers", async () => {
    const created = await api('POST', '/items', {
      connectorId: 0,
      parameters: { user: 'user-ok', password: 'password-ok' },
      webhookUrl: `${receiverUrl}/own`,
    })
    const { id } = (await created.json()) as { id: string }
    await expect.poll(() => eventsOf(id)).toContain('item/updated')
    expect(received.find((r) => r.body.itemId === id)?.headers['x-secret']).toBeUndefined()
  })

  it('a failing receiver gets 3 attempts; a 401 ends the deliveries at once', async () => {
    await register('item/updated')
    answers.push(500, 503)
    const item = pluggy.sandbox.createItem('success', { clientUserId: 'ana', stepMs: 0 })
    // The attempt log is written when each answer arrives: poll it, not the receiver.
    const attemptsOf = (itemId: string) =>
      pluggy
        .webhookAttempts()
        .filter((a) => a.itemId === itemId)
        .map((a) => [a.attempt, a.status])
    await expect
      .poll(() => attemptsOf(item.id))
      .toEqual([
        [1, 500],
        [2, 503],
        [3, 200],
      ])
    expect(received).toHaveLength(3)
    received.length = 0
    answers.push(401)
    const refused = pluggy.sandbox.createItem('success', { clientUserId: 'ana', stepMs: 0 })
    await expect.poll(() => attemptsOf(refused.id)).toEqual([[1, 401]])
    // Three times the first retry delay: a retry would have come by now.
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(attemptsOf(refused.id)).toEqual([[1, 401]])
    expect(received).toHaveLength(1)
  })
})

describe('connect tokens', () => {
  it('carry clientUserId (top level or in options) and reach only their own items', async () => {
    for (const body of [{ clientUserId: 'carla' }, { options: { clientUserId: 'carla' } }]) {
      const { accessToken } = (await (await api('POST', '/connect_token', body)).json()) as {
        accessToken: string
      }
      const created = await api(
        'POST',
        '/items',
        { connectorId: 0, parameters: { user: 'user-ok', password: 'password-ok' } },
        accessToken,
      )
      const item = (await created.json()) as { id: string; clientUserId: string }
      expect(item.clientUserId).toBe('carla')
      expect((await api('GET', `/items/${item.id}`, undefined, accessToken)).status).toBe(200)
      const other = pluggy.sandbox.createItem('success', { clientUserId: 'carla' })
      expect((await api('GET', `/items/${other.id}`, undefined, accessToken)).status).toBe(403)
    }
  })
})

it('end to end: sandbox webhook → farol/server → the owner’s event stream', async () => {
  const backend = await startBackend(pluggy.url)
  try {
    const response = await api('POST', '/webhooks', {
      event: 'all',
      url: `${backend.base}/webhooks`,
      headers: { 'x-farol-webhook-secret': WEBHOOK_SECRET },
    })
    expect(response.status).toBe(200)
    const ana = await openEvents(`${backend.base}/events`, 'ana')
    const bruno = await openEvents(`${backend.base}/events`, 'bruno')
    const item = pluggy.sandbox.createItem('success', { clientUserId: 'ana' })
    await expect.poll(() => ana.events.map((e) => e.event)).toContain('item/updated')
    expect(ana.events.every((e) => e.itemId === item.id)).toBe(true)
    expect(bruno.events).toEqual([])
    ana.close()
    bruno.close()
  } finally {
    await backend.close()
  }
})
