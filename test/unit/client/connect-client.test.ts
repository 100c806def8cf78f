// createPluggyClient's listConnectors / createItem / validateParameters, on a recorded fetch:
// what goes on the wire, and what hostile or broken answers turn into.
import { describe, expect, it, vi } from 'vitest'
import { ApiProblemError, getApiProblem } from '../../../src/core'
import type { ApiProblem } from '../../../src/core'
import { createPluggyClient } from '../../../src/client'
import { HOSTILE_STRINGS, HOSTILE_URLS } from '../../fixtures/hostile'

const KEY = 'ct-SECRET-connect-token-0001'
const ITEM = { id: 'item-new', status: 'UPDATING', executionStatus: 'CREATED', error: null }

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  })
}

function fakeFetch(handler: (url: URL, init: RequestInit) => Response) {
  const calls: Array<{ url: URL; init: RequestInit }> = []
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input))
    calls.push({ url, init })
    return handler(url, init)
  })
  const client = createPluggyClient({
    apiKey: KEY,
    fetch: fetch as unknown as typeof globalThis.fetch,
  })
  return { client, calls }
}

async function problemOf(promise: Promise<unknown>): Promise<ApiProblem> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ApiProblemError)
  return getApiProblem(error)!
}

const page = (results: unknown[], extra: Record<string, unknown> = {}) => ({
  page: 1,
  total: results.length,
  totalPages: 1,
  results,
  ...extra,
})

describe('listConnectors', () => {
  it('GET /connectors with every filter as a query parameter (lists comma-joined)', async () => {
    const { client, calls } = fakeFetch(() => jsonResponse(200, page([{ id: 1, name: 'Itaú' }])))
    const connectors = await client.listConnectors({
      name: ' ita ',
      types: ['PERSONAL_BANK', 'BUSINESS_BANK'],
      countries: ['BR'],
      isOpenFinance: false,
      sandbox: true,
      ids: [601, 1],
    })
    expect(connectors).toEqual([{ id: 1, name: 'Itaú' }])
    const { url, init } = calls[0]!
    expect(url.pathname).toBe('/connectors')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      name: 'ita',
      types: 'PERSONAL_BANK,BUSINESS_BANK',
      countries: 'BR',
      isOpenFinance: 'false',
      sandbox: 'true',
      ids: '601,1',
    })
    expect(init.method).toBe('GET')
    expect(new Headers(init.headers).get('X-API-KEY')).toBe(KEY)
  })

  it('no filters, or empty ones: no query string at all', async () => {
    const { client, calls } = fakeFetch(() => jsonResponse(200, page([])))
    await client.listConnectors()
    await client.listConnectors({ name: '   ', types: [], countries: [] })
    expect(calls.map((c) => c.url.search)).toEqual(['', ''])
  })

  it('follows totalPages and joins the pages in order', async () => {
    const { client, calls } = fakeFetch((url) => {
      const n = Number(url.searchParams.get('page') ?? '1')
      return jsonResponse(200, page([{ id: n * 10, name: `P${n}` }], { page: n, totalPages: 3 }))
    })
    const connectors = await client.listConnectors({ countries: ['BR'] })
    expect(connectors.map((c) => c.id)).toEqual([10, 20, 30])
    expect(calls.map((c) => c.url.searchParams.get('page'))).toEqual([null, '2', '3'])
    expect(calls.every((c) => c.url.searchParams.get('countries') === 'BR')).toBe(true)
  })

  it('a totalPages of a million is not believed: at most 20 requests', async () => {
    const { client, calls } = fakeFetch(() =>
      jsonResponse(200, page([{ id: 1, name: 'x' }], { totalPages: 1_000_000 })),
    )
    await client.listConnectors()
    expect(calls).toHaveLength(20)
  })

  it('a bare array (a host proxy) is read too', async () => {
    const { client } = fakeFetch(() => jsonResponse(200, [{ id: '7', name: 'Sete' }]))
    expect(await client.listConnectors()).toEqual([{ id: 7, name: 'Sete' }])
  })

  it('entries without an id, or not objects, are dropped; the rest is kept', async () => {
    const { client } = fakeFetch(() =>
      jsonResponse(
        200,
        page([null, 'x', 42, [], { name: 'no id' }, { id: 'abc' }, { id: 3, name: 'ok' }]),
      ),
    )
    expect(await client.listConnectors()).toEqual([{ id: 3, name: 'ok' }])
  })

  it('missing fields stay missing (name becomes empty text), wrong types are dropped', async () => {
    const { client } = fakeFetch(() =>
      jsonResponse(200, page([{ id: 4, name: 12, health: 'bad', credentials: 'x', oauth: 'yes' }])),
    )
    const [connector] = await client.listConnectors()
    expect(connector).toMatchObject({ id: 4, name: '' })
    expect(connector).not.toHaveProperty('credentials')
    expect(connector).not.toHaveProperty('oauth')
    expect(connector).not.toHaveProperty('health')
  })

  it('broken JSON, HTML, or a page without results → invalid-response', async () => {
    for (const body of ['{"results": [', '<html>oops</html>', '{"page":1}', 'null']) {
      const { client } = fakeFetch(() => jsonResponse(200, body))
      expect(await problemOf(client.listConnectors())).toMatchObject({ kind: 'invalid-response' })
    }
  })
})

describe('createItem', () => {
  it('POST /items with connectorId, parameters and every option', async () => {
    const { client, calls } = fakeFetch(() => jsonResponse(200, ITEM))
    const item = await client.createItem(
      0,
      { user: 'user-ok', password: 'password-ok' },
      {
        webhookUrl: 'https://host.example/hook',
        clientUserId: 'user-42',
        products: ['ACCOUNTS', 'TRANSACTIONS'],
        oauthRedirectUri: 'https://host.example/back',
        avoidDuplicates: true,
      },
    )
    expect(item).toMatchObject({ id: 'item-new', status: 'UPDATING' })
    const { url, init } = calls[0]!
    expect(url.pathname).toBe('/items')
    expect(init.method).toBe('POST')
    expect(JSON.parse(String(init.body))).toEqual({
      connectorId: 0,
      parameters: { user: 'user-ok', password: 'password-ok' },
      webhookUrl: 'https://host.example/hook',
      clientUserId: 'user-42',
      products: ['ACCOUNTS', 'TRANSACTIONS'],
      oauthRedirectUri: 'https://host.example/back',
      avoidDuplicates: true,
    })
  })

  it('sends only what was given; the signal stays out of the body', async () => {
    const { client, calls } = fakeFetch(() => jsonResponse(200, ITEM))
    await client.createItem(
      600,
      { cpf: '761.092.776-73' },
      { signal: new AbortController().signal },
    )
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({
      connectorId: 600,
      parameters: { cpf: '761.092.776-73' },
    })
  })

  it("400 CONNECTOR_VALIDATION_ERROR, the reference page's example (errors[]) → fieldErrors", async () => {
    const { client } = fakeFetch(() =>
      jsonResponse(400, {
        message: 'Connector parameters do not match validation rules',
        errors: [
          { code: '002', message: 'user parameter length must be at least 6.', parameter: 'user' },
          {
            code: '002',
            message: 'password parameter length must be at least 6.',
            parameter: 'password',
          },
        ],
      }),
    )
    const problem = await problemOf(client.createItem(0, { user: 'abc', password: 'abc' }))
    expect(problem).toMatchObject({
      kind: 'validation',
      status: 400,
      fieldErrors: {
        user: ['user parameter length must be at least 6.'],
        password: ['password parameter length must be at least 6.'],
      },
    })
  })

  it('ITEM_USER_ALREADY_EXISTS → duplicate-item with the existing ids (400 or 409, any shape)', async () => {
    const bodies = [
      { codeDescription: 'ITEM_USER_ALREADY_EXISTS', message: 'm', items: ['a', 'b'] },
      { codeDescription: 'ITEM_USER_ALREADY_EXISTS', message: 'm', data: { items: [{ id: 'a' }] } },
      { codeDescription: 'ITEM_USER_ALREADY_EXISTS', message: 'm', itemIds: ['a', 7, null] },
    ]
    const expected = [['a', 'b'], ['a'], ['a']]
    for (const status of [400, 409]) {
      for (const [i, body] of bodies.entries()) {
        const { client } = fakeFetch(() => jsonResponse(status, { code: status, ...body }))
        const problem = await problemOf(client.createItem(0, { user: 'user-ok' }))
        expect(problem).toMatchObject({ kind: 'duplicate-item', status, itemIds: expected[i] })
      }
    }
  })

  it('409 ITEM_CREATION_LIMIT_EXCEEDED → creation-limit', async () => {
    const { client } = fakeFetch(() =>
      jsonResponse(409, {
        code: 409,
        codeDescription: 'ITEM_CREATION_LIMIT_EXCEEDED',
        message: 'm',
      }),
    )
    expect(await problemOf(client.createItem(0, {}))).toMatchObject({
      kind: 'creation-limit',
      status: 409,
      code: 'ITEM_CREATION_LIMIT_EXCEEDED',
    })
  })

  it("an OFFLINE connector's 400 → connector-offline, not a field error", async () => {
    const { client } = fakeFetch(() =>
      jsonResponse(400, {
        code: 400,
        message: 'Connector Banco Fora do Ar is offline. Try again later.',
      }),
    )
    expect(await problemOf(client.createItem(12, {}))).toMatchObject({
      kind: 'connector-offline',
      status: 400,
    })
  })

  it('429 → rate-limited with Retry-After; 500 and 503 → server; a fetch fault → network', async () => {
    const limited = fakeFetch(() =>
      jsonResponse(429, { code: 429, message: 'Too many requests' }, { 'Retry-After': '60' }),
    )
    expect(await problemOf(limited.client.createItem(0, {}))).toMatchObject({
      kind: 'rate-limited',
      retryAfterMs: 60_000,
    })
    for (const status of [500, 503]) {
      const down = fakeFetch(() => jsonResponse(status, '<html>Bad gateway</html>'))
      expect(await problemOf(down.client.createItem(0, {}))).toMatchObject({
        kind: 'server',
        status,
      })
    }
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch')
    })
    const offline = createPluggyClient({ fetch: fetch as unknown as typeof globalThis.fetch })
    expect(await problemOf(offline.createItem(0, {}))).toMatchObject({ kind: 'network', status: 0 })
  })

  it('typed credentials echoed by the API never leave inside the problem', async () => {
    const SECRET = 'Typed-S3cret-Value!'
    const { client } = fakeFetch(() =>
      jsonResponse(400, {
        message: `password ${SECRET} is wrong`,
        details: [{ code: '002', parameter: 'password', message: `bad: ${SECRET}` }],
      }),
    )
    const error = await client.createItem(0, { password: SECRET }).catch((e: unknown) => e)
    expect(JSON.stringify((error as ApiProblemError).problem)).not.toContain(SECRET)
    expect((error as Error).message).not.toContain(SECRET)
  })
})

describe('validateParameters', () => {
  it('POST /connectors/{id}/validate with the parameters; errors[] by parameter', async () => {
    const { client, calls } = fakeFetch(() =>
      jsonResponse(200, {
        parameters: { user: 'abc' },
        errors: [
          { code: '002', parameter: 'user', message: 'user parameter length must be at least 6.' },
        ],
      }),
    )
    expect(await client.validateParameters(0, { user: 'abc' })).toEqual({
      user: ['user parameter length must be at least 6.'],
    })
    expect(calls[0]!.url.pathname).toBe('/connectors/0/validate')
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ user: 'abc' })
  })

  it('all valid → {}; a 400 rejects as validation with the same field errors', async () => {
    const ok = fakeFetch(() => jsonResponse(200, { parameters: {}, errors: [] }))
    expect(await ok.client.validateParameters(0, { user: 'user-ok' })).toEqual({})
    const rejected = fakeFetch(() =>
      jsonResponse(400, {
        message: 'm',
        details: [{ code: '001', parameter: 'user', message: 'required' }],
      }),
    )
    expect(await problemOf(rejected.client.validateParameters(0, {}))).toMatchObject({
      kind: 'validation',
      fieldErrors: { user: ['required'] },
    })
  })
})

describe('hostile GET /connectors answers', () => {
  const listOf = async (results: unknown[]) => {
    const { client } = fakeFetch(() => jsonResponse(200, page(results)))
    return client.listConnectors()
  }

  it('non-http(s) institution URLs are dropped; http(s) and data:image logos are kept', async () => {
    const hostile = HOSTILE_URLS.filter((url) => !url.startsWith('https://'))
    const connectors = await listOf(
      hostile.map((url, id) => ({
        id,
        name: `Bank ${id}`,
        imageUrl: url,
        institutionUrl: url,
        oauthUrl: url,
        resetPasswordUrl: url,
      })),
    )
    expect(connectors).toHaveLength(hostile.length)
    for (const connector of connectors) {
      expect(connector).not.toHaveProperty('imageUrl')
      expect(connector).not.toHaveProperty('institutionUrl')
      expect(connector).not.toHaveProperty('oauthUrl')
      expect(connector).not.toHaveProperty('resetPasswordUrl')
    }
    const [kept] = await listOf([
      {
        id: 1,
        name: 'ok',
        imageUrl: ' https://cdn.example/logo.png ',
        institutionUrl: 'http://bank.example',
        resetPasswordUrl: 'https://bank.example/reset',
      },
    ])
    expect(kept).toMatchObject({
      imageUrl: 'https://cdn.example/logo.png',
      institutionUrl: 'http://bank.example',
      resetPasswordUrl: 'https://bank.example/reset',
    })
    const [inline] = await listOf([{ id: 2, name: 'x', imageUrl: 'data:image/png;base64,AAAA' }])
    expect(inline?.imageUrl).toBe('data:image/png;base64,AAAA')
  })

  it('hostile and huge names stay plain strings; nothing is interpreted or lost', async () => {
    const connectors = await listOf(
      HOSTILE_STRINGS.map((name, id) => ({ id, name, type: name, country: name })),
    )
    expect(connectors.map((c) => c.name)).toEqual([...HOSTILE_STRINGS])
    expect(connectors.find((c) => c.name.endsWith('-end'))?.name).toHaveLength(100_004)
  })

  it('prototype keys and deep junk in a connector do not reach any prototype', async () => {
    const text = `{"page":1,"totalPages":1,"results":[{"id":1,"name":"x","__proto__":{"polluted":true},"credentials":[{"name":"__proto__"},{"name":"user","options":[{"value":{"a":1}}]}]}]}`
    const { client } = fakeFetch(() => jsonResponse(200, text))
    const [connector] = await client.listConnectors()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(connector?.credentials?.map((c) => c.name)).toEqual(['__proto__', 'user'])
    expect(connector?.credentials?.[1]?.options).toEqual([])
  })

  it('totalPages as text is read; negative, fractional, null or words are bounded', async () => {
    const expected = new Map<unknown, number>([
      ['3', 3],
      [-2, 1],
      [2.5, 2],
      [null, 1],
      ['lots', 1],
      [1e9, 20],
    ])
    for (const [totalPages, requests] of expected) {
      const { client, calls } = fakeFetch(() =>
        jsonResponse(200, page([{ id: 1, name: 'x' }], { totalPages })),
      )
      await client.listConnectors()
      expect(calls).toHaveLength(requests)
    }
  })

  it('a later page that breaks fails the whole list (no silent half list)', async () => {
    const { client } = fakeFetch((url) =>
      url.searchParams.get('page') === '2'
        ? jsonResponse(502, '<html>Bad gateway</html>')
        : jsonResponse(200, page([{ id: 1, name: 'x' }], { totalPages: 2 })),
    )
    expect(await problemOf(client.listConnectors())).toMatchObject({ kind: 'server', status: 502 })
  })
})
