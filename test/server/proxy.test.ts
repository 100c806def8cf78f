// farol/server's proxy: what a signed-in user, a signed-out one and an attacker get.
// The sandbox plays Pluggy over real HTTP; the handler runs behind node:http.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startStack, WEBHOOK_SECRET, type Stack } from './harness'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())
afterEach(() => {
  stack.pluggy.sandbox.clearFaults()
})

const sandbox = () => stack.pluggy.sandbox
const json = (body: unknown) => ({ body: JSON.stringify(body) })

describe('who may reach what', () => {
  it('a signed-in user reads their own item', async () => {
    const item = sandbox().createItem('success', { clientUserId: 'ana' })
    const response = await stack.as('ana', `/items/${item.id}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toMatchObject({ id: item.id, clientUserId: 'ana' })
  })

  it('no user: 401 on every route, before Pluggy is asked', async () => {
    const item = sandbox().createItem('success', { clientUserId: 'ana' })
    const before = sandbox().requests().length
    for (const [method, path] of [
      ['GET', `/items/${item.id}`],
      ['PATCH', `/items/${item.id}`],
      ['DELETE', `/items/${item.id}`],
      ['POST', `/items/${item.id}/mfa`],
      ['POST', '/items'],
      ['GET', '/connectors'],
      ['GET', '/connectors/0'],
      ['POST', '/connect-token'],
      ['GET', '/events'],
    ] as const) {
      const response = await stack.as(null, path, { method })
      expect(response.status, `${method} ${path}`).toBe(401)
    }
    expect(sandbox().requests().length).toBe(before)
  })

  it("another user's item is a 404 identical to a missing one, for every verb", async () => {
    const item = sandbox().createItem('success', { clientUserId: 'ana', stepMs: 0 })
    const missing = await stack.as('bruno', '/items/00000000-0000-4000-8000-000000000000')
    const missingBody = await missing.text()
    expect(missing.status).toBe(404)
    for (const [method, path, body] of [
      ['GET', `/items/${item.id}`, undefined],
      ['PATCH', `/items/${item.id}`, {}],
      ['DELETE', `/items/${item.id}`, undefined],
      ['POST', `/items/${item.id}/mfa`, { token: '123456' }],
      ['POST', '/connect-token', { itemId: item.id }],
    ] as const) {
      const response = await stack.as('bruno', path, {
        method,
        ...(body ? json(body) : {}),
      })
      expect(response.status, `${method} ${path}`).toBe(404)
      expect(await response.text()).toBe(missingBody)
    }
    // Nothing happened to it: still there, no new sync started.
    expect(sandbox().getItem(item.id)).toMatchObject({ status: 'UPDATED' })
  })

  it('an item without an owner belongs to nobody', async () => {
    const item = sandbox().createItem('success')
    expect((await stack.as('ana', `/items/${item.id}`)).status).toBe(404)
  })

  it('POST /items makes the signed-in user the owner, whatever the body claims', async () => {
    const response = await stack.as('ana', '/items', {
      method: 'POST',
      ...json({
        connectorId: 0,
        parameters: { user: 'user-ok', password: 'password-ok' },
        clientUserId: 'bruno',
      }),
    })
    expect(response.status).toBe(200)
    const item = (await response.json()) as { id: string; clientUserId: string }
    expect(item.clientUserId).toBe('ana')
    expect((await stack.as('bruno', `/items/${item.id}`)).status).toBe(404)
    expect((await stack.as('ana', `/items/${item.id}`)).status).toBe(200)
  })

  it('PATCH cannot hand an item to someone else', async () => {
    const item = sandbox().createItem('success', { clientUserId: 'ana', stepMs: 0 })
    const response = await stack.as('ana', `/items/${item.id}`, {
      method: 'PATCH',
      ...json({ clientUserId: 'bruno', webhookUrl: 'https://evil.example/hook' }),
    })
    expect(response.status).toBe(200)
    expect(sandbox().getItem(item.id)).toMatchObject({ clientUserId: 'ana', webhookUrl: null })
  })

  it('the owner syncs, answers MFA and deletes through the proxy', async () => {
    const item = sandbox().createItem('mfa-number', { clientUserId: 'ana', stepMs: 1 })
    await expect.poll(() => sandbox().getItem(item.id)?.status).toBe('WAITING_USER_INPUT')
    const mfa = await stack.as('ana', `/items/${item.id}/mfa`, {
      method: 'POST',
      ...json({ token: '123456' }),
    })
    expect(mfa.status).toBe(200)
    await expect.poll(() => sandbox().getItem(item.id)?.status).toBe('UPDATED')
    const patch = await stack.as('ana', `/items/${item.id}`, { method: 'PATCH' })
    expect(patch.status).toBe(200)
    const removed = await stack.as('ana', `/items/${item.id}`, { method: 'DELETE' })
    expect(removed.status).toBe(200)
    expect(sandbox().getItem(item.id)).toBeUndefined()
  })

  it('connectors are readable by any signed-in user, query and all', async () => {
    const list = await stack.as('ana', '/connectors?name=Pluggy')
    expect(list.status).toBe(200)
    const one = await stack.as('ana', '/connectors/0')
    expect(await one.json()).toMatchObject({ id: 0 })
  })
})

describe('connect tokens', () => {
  it('mint a token for the user: items created with it are theirs', async () => {
    const response = await stack.as('carla', '/connect-token', { method: 'POST' })
    expect(response.status).toBe(200)
    const { accessToken } = (await response.json()) as { accessToken: string }
    expect(accessToken).toMatch(/\./)
    const created = await fetch(`${stack.pluggy.url}/items`, {
      method: 'POST',
      headers: { 'x-api-key': accessToken, 'content-type': 'application/json' },
      body: JSON.stringify({
        connectorId: 0,
        parameters: { user: 'user-ok', password: 'password-ok' },
      }),
    })
    const item = (await created.json()) as { id: string; clientUserId: string }
    expect(item.clientUserId).toBe('carla')
    expect((await stack.as('carla', `/items/${item.id}`)).status).toBe(200)
  })

  it('for an item of their own, and never for one of someone else', async () => {
    const mine = sandbox().createItem('success', { clientUserId: 'carla' })
    const ok = await stack.as('carla', '/connect-token', {
      method: 'POST',
      ...json({ itemId: mine.id }),
    })
    expect(ok.status).toBe(200)
    const theirs = await stack.as('dora', '/connect-token', {
      method: 'POST',
      ...json({ itemId: mine.id }),
    })
    expect(theirs.status).toBe(404)
  })
})

describe('path tricks and bad input', () => {
  const item = () => sandbox().createItem('success', { clientUserId: 'ana' })

  it.each([
    '/items/..%2Fconnectors',
    '/items/..%2f..%2fauth',
    '/items/abc%2Fmfa',
    '/items/%2e%2e',
    '/items/a b',
    '/items/',
    '/items//mfa',
    '/connectors/0%2F..%2F..%2Fitems',
    '/connectors/-1',
    '/admin',
    '/auth',
    '/connect_token',
    '',
  ])('%s → 404, and Pluggy is never asked', async (path) => {
    const before = sandbox().requests().length
    const response = await stack.as('ana', path)
    expect(response.status).toBe(404)
    expect(sandbox().requests().length).toBe(before)
  })

  it('paths outside the base path → 404', async () => {
    for (const path of ['/api/farolx/items/abc', '/api/other', '/']) {
      const response = await fetch(`${stack.backend.origin}${path}`, {
        headers: { 'x-test-user': 'ana' },
      })
      expect(response.status, path).toBe(404)
    }
  })

  it('a known path with another verb → 405 with Allow', async () => {
    const response = await stack.as('ana', `/items/${item().id}`, { method: 'PUT' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, PATCH, DELETE')
  })

  it('a body over 64 kB → 413, on every route that reads one', async () => {
    const big = JSON.stringify({ connectorId: 0, parameters: { user: 'x'.repeat(70_000) } })
    for (const path of ['/items', `/items/${item().id}/mfa`, '/connect-token']) {
      const response = await stack.as('ana', path, { method: 'POST', body: big })
      expect(response.status, path).toBe(413)
    }
    const webhook = await stack.as(null, '/webhooks', {
      method: 'POST',
      body: big,
      headers: { 'x-farol-webhook-secret': WEBHOOK_SECRET },
    })
    expect(webhook.status).toBe(413)
  })

  it('a body of exactly 64 kB is read', async () => {
    const filler = 'x'.repeat(64 * 1024 - 100)
    const body = JSON.stringify({ connectorId: 0, parameters: { user: filler } })
    const padded = body + ' '.repeat(64 * 1024 - body.length)
    const response = await stack.as('ana', '/items', { method: 'POST', body: padded })
    expect(response.status).not.toBe(413)
  })

  it.each(['{', 'not json', '{"connectorId": 0,}', '\u0000'])('non-JSON %j → 400', async (body) => {
    const response = await stack.as('ana', '/items', { method: 'POST', body })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ code: 400 })
  })

  it.each([['[]'], ['"text"'], ['42'], ['null']])(
    'JSON that is not an object (%s) → 400',
    async (body) => {
      const response = await stack.as('ana', `/items/${item().id}/mfa`, { method: 'POST', body })
      expect(response.status).toBe(400)
    },
  )

  it("Pluggy's own validation errors pass through, without what was typed", async () => {
    const response = await stack.as('ana', '/items', {
      method: 'POST',
      ...json({ connectorId: 0, parameters: { user: 'only-user-typed-9k2' } }),
    })
    expect(response.status).toBe(400)
    const text = await response.text()
    expect(text).toContain('password')
    expect(text).not.toContain('only-user-typed-9k2')
  })
})

describe('the API key', () => {
  it('is fetched once and cached, however many requests arrive at once', async () => {
    const fresh = await startStack()
    try {
      const item = fresh.pluggy.sandbox.createItem('success', { clientUserId: 'ana' })
      const answers = await Promise.all(
        Array.from({ length: 25 }, () => fresh.as('ana', `/items/${item.id}`)),
      )
      expect(answers.map((a) => a.status)).toEqual(Array(25).fill(200))
      await fresh.as('ana', `/items/${item.id}`)
      const auths = fresh.pluggy.sandbox.requests().filter((r) => r.path === '/auth')
      expect(auths).toHaveLength(1)
    } finally {
      await fresh.close()
    }
  })

  it('wrong client credentials: 502 for the browser, a log line without the secret', async () => {
    const fresh = await startStack({ authorize: () => false })
    try {
      const response = await fresh.as('ana', '/items/abc')
      expect(response.status).toBe(502)
      expect(fresh.backend.logs.join('\n')).toContain('refused the client credentials')
    } finally {
      await fresh.close()
    }
  })
})

describe('Pluggy down, slow or limiting', () => {
  it('429 passes through with Retry-After', async () => {
    const item = sandbox().createItem('success', { clientUserId: 'ana' })
    await stack.as('ana', `/items/${item.id}`) // the key is cached
    sandbox().injectFault({ rateLimit: 0, match: 'GET /items', times: 1 })
    const response = await stack.as('ana', `/items/${item.id}`)
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('60')
  })

  it('5xx passes through', async () => {
    const item = sandbox().createItem('success', { clientUserId: 'ana' })
    sandbox().injectFault({ errorRate: 1, errorStatus: 503, match: 'GET /items', times: 1 })
    expect((await stack.as('ana', `/items/${item.id}`)).status).toBe(503)
  })

  // Pluggy answers after a minute: the test (5 s limit) only passes if the handler gives up.
  it('slow: 504 at the timeout, not when Pluggy finally answers', async () => {
    const slow = await startStack({}, { timeoutMs: 300 })
    try {
      const item = slow.pluggy.sandbox.createItem('success', { clientUserId: 'ana' })
      await slow.as('ana', `/items/${item.id}`)
      slow.pluggy.sandbox.injectFault({ latencyMs: 60_000, match: 'GET /items' })
      const response = await slow.as('ana', `/items/${item.id}`)
      expect(response.status).toBe(504)
      expect(await response.json()).toEqual({ code: 504, message: 'Pluggy did not answer in time' })
    } finally {
      await slow.close()
    }
  })

  it('down: 502 at once', async () => {
    const gone = await startStack()
    await gone.pluggy.close()
    try {
      const response = await gone.as('ana', '/items/abc')
      expect(response.status).toBe(502)
      expect(await response.json()).toEqual({ code: 502, message: 'Pluggy could not be reached' })
    } finally {
      await gone.backend.close()
    }
  })
})
