import { describe, expect, it } from 'vitest'
import {
  createSandbox,
  createManualClock,
  SANDBOX_API_KEY,
  SANDBOX_CONNECTORS,
  type SandboxResponse,
} from '../../src/testing'
import type { Connector, Item } from '../../src/core'
import { testSandbox } from './sandbox-helpers'

const body = <T = Record<string, unknown>>(response: SandboxResponse) => response.body as T

describe('authentication', () => {
  it('POST /auth: any non-empty clientId and clientSecret get a JWT-shaped apiKey valid for 2 h', () => {
    const { api, sandbox, clock } = testSandbox()
    const response = api('POST', '/auth', {
      clientId: 'id',
      clientSecret: 'secret',
      nonExpiring: false,
    })
    expect(response.status).toBe(200)
    const { apiKey } = body<{ apiKey: string }>(response)
    const [, payload] = apiKey.split('.')
    const claims = JSON.parse(atob(String(payload).replace(/-/g, '+').replace(/_/g, '/'))) as {
      exp: number
      iat: number
    }
    expect(claims.exp - claims.iat).toBe(7200)
    expect(claims.iat).toBe(Math.floor(clock.now() / 1000))
    const get = (key: string) =>
      sandbox.handle({ method: 'GET', path: '/connectors', headers: { 'x-api-key': key } })
    expect(get(apiKey).status).toBe(200)
    clock.advance(2 * 3_600_000)
    expect(get(apiKey)).toMatchObject({ status: 401, body: { codeDescription: 'INVALID_API_KEY' } })
    expect(get(SANDBOX_API_KEY).status).toBe(200)
  })

  it('POST /auth refuses empty secrets with 401 and missing fields with 400', () => {
    const { api } = testSandbox()
    expect(api('POST', '/auth', { clientId: 'id', clientSecret: '' })).toMatchObject({
      status: 401,
      body: { code: 401, codeDescription: 'CLIENT_KEYS_UNAUTHORIZED' },
    })
    expect(api('POST', '/auth', { clientId: 'id' }).status).toBe(400)
    const custom = createSandbox({ authorize: (id) => id === 'allowed' })
    const auth = (clientId: string) =>
      custom.handle({ method: 'POST', path: '/auth', body: { clientId, clientSecret: 's' } }).status
    expect([auth('allowed'), auth('other')]).toEqual([200, 401])
  })

  it('every other endpoint needs X-API-KEY: 401 JSON with codeDescription', () => {
    const { sandbox } = testSandbox()
    for (const headers of [{}, { 'x-api-key': 'nope' }]) {
      const response = sandbox.handle({ method: 'GET', path: '/connectors', headers })
      expect(response.status).toBe(401)
      expect(response.body).toMatchObject({ code: 401, codeDescription: 'INVALID_API_KEY' })
      expect(body(response).errorId).toMatch(/^[0-9a-f-]{36}$/)
    }
  })
})

describe('connect tokens', () => {
  it('reach only the items they created or were issued for; 403 otherwise', () => {
    const { api, sandbox } = testSandbox({ stepMs: 0 })
    const other = sandbox.createItem('success')
    const token = body<{ accessToken: string }>(
      api('POST', '/connect_token', { options: { clientUserId: 'user-42' } }),
    ).accessToken
    const asToken = (method: string, path: string, payload?: unknown) =>
      api(method, path, payload, { 'X-API-KEY': token })
    const created = asToken('POST', '/items', {
      connectorId: 0,
      parameters: { user: 'user-ok', password: 'password-ok' },
    })
    expect(created.status).toBe(200)
    const mine = body<Item>(created)
    expect(mine.clientUserId).toBe('user-42')
    expect(asToken('GET', `/items/${mine.id}`).status).toBe(200)
    expect(asToken('PATCH', `/items/${mine.id}`, {}).status).toBe(200)
    expect(asToken('GET', `/items/${other.id}`)).toMatchObject({ status: 403, body: { code: 403 } })
    expect(asToken('POST', '/connect_token', {}).status).toBe(403)
    expect(asToken('GET', '/connectors/0').status).toBe(200)

    const forOther = body<{ accessToken: string }>(
      api('POST', '/connect_token', { itemId: other.id }),
    ).accessToken
    expect(api('GET', `/items/${other.id}`, undefined, { 'X-API-KEY': forOther }).status).toBe(200)
    expect(api('GET', `/items/${mine.id}`, undefined, { 'X-API-KEY': forOther }).status).toBe(403)
    expect(api('POST', '/connect_token', { itemId: 'missing' }).status).toBe(404)
  })

  it('expire after 30 minutes', () => {
    const { api, sandbox, clock } = testSandbox({ stepMs: 0 })
    const item = sandbox.createItem('success')
    const token = sandbox.issueConnectToken({ itemId: item.id })
    expect(api('GET', `/items/${item.id}`, undefined, { 'X-API-KEY': token }).status).toBe(200)
    clock.advance(30 * 60_000)
    expect(api('GET', `/items/${item.id}`, undefined, { 'X-API-KEY': token }).status).toBe(401)
  })
})

describe('connectors', () => {
  it('GET /connectors pages every connector; filters by name loosely, sandbox and Open Finance', () => {
    const { api } = testSandbox()
    const all = body<{ results: Connector[]; total: number; page: number; totalPages: number }>(
      api('GET', '/connectors'),
    )
    expect(all).toMatchObject({ page: 1, totalPages: 1, total: SANDBOX_CONNECTORS.length })
    const names = (query: string) =>
      body<{ results: Connector[] }>(api('GET', `/connectors?${query}`)).results.map((c) => c.name)
    expect(names('name=pluggy%20bank')).toEqual([
      'Pluggy Bank',
      'Pluggy Bank MFA',
      'Pluggy Bank Open Finance',
    ])
    expect(names('name=ITAU')).toEqual([
      'Itaú PF',
      'Itaú PJ',
      'Itaú Open Finance',
      'Itaú Empresas Open Finance',
    ])
    const openFinance = SANDBOX_CONNECTORS.filter((c) => c.isOpenFinance).map((c) => c.name)
    expect(openFinance.length).toBeGreaterThan(10)
    expect(names('isOpenFinance=true')).toEqual(openFinance)
    expect(names('sandbox=false')).not.toContain('Pluggy Bank')
    expect(names('types=INVESTMENT')).toEqual([
      'Clear',
      'Orama',
      'XP Investimentos',
      'BTG Pactual',
      'Rico Investimentos',
      'XP Investimentos Open Finance',
    ])
  })

  it('connectors look like Pluggy connectors', () => {
    const { api } = testSandbox()
    const bank = body<Connector & Record<string, unknown>>(api('GET', '/connectors/0'))
    expect(bank).toMatchObject({
      id: 0,
      name: 'Pluggy Bank',
      health: { status: 'ONLINE', stage: null },
      isSandbox: true,
      resetPasswordUrl: expect.stringMatching(/^https:/),
    })
    expect(bank.credentials?.map((c) => c.name)).toEqual(['user', 'password'])
    expect(bank.imageUrl).toMatch(/^data:image\/svg\+xml,/)
    expect(bank.primaryColor).toMatch(/^[0-9a-f]{6}$/)
    expect(bank.createdAt).toMatch(/Z$/)
    expect(typeof bank.supportsPaymentInitiation).toBe('boolean')

    const mfa = body<Connector>(api('GET', '/connectors/5'))
    expect(mfa.hasMFA).toBe(true)
    const of = body<Connector>(api('GET', '/connectors/600'))
    expect(of).toMatchObject({ isOpenFinance: true, credentials: [{ name: 'cpf' }] })
    expect(of.credentials?.[0]?.validation).toBeTruthy()
    const rules = body<Connector>(api('GET', '/connectors/8'))
    expect(rules.credentials?.some((c) => c.type === 'select' && c.options?.length)).toBe(true)
    expect(rules.credentials?.some((c) => c.optional)).toBe(true)
    expect(api('GET', '/connectors/999')).toMatchObject({ status: 404, body: { code: 404 } })
  })
})

describe('creating items: credential rules', () => {
  const post = (api: ReturnType<typeof testSandbox>['api'], parameters: Record<string, unknown>) =>
    api('POST', '/items', { connectorId: 8, parameters })

  it('answers 400 with details[] from the connector rules (001 required, 002 rule)', () => {
    const { api } = testSandbox()
    const response = post(api, { agency: '12', user: 'abcdefg', accountType: 'XX' })
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({
      code: 400,
      message: 'Invalid parameters',
      errorId: expect.any(String),
      details: [
        { code: '002', parameter: 'agency', message: 'A agência deve ter 4 números.' },
        { code: '001', parameter: 'password', message: expect.any(String) },
        { code: '002', parameter: 'accountType', message: expect.any(String) },
      ],
    })
    const ok = post(api, { agency: '0001', user: 'abcdef', password: 'abcdef', accountType: 'PJ' })
    expect(ok.status).toBe(200)
  })

  it('reproduces the errors page example with validationShape "errors"', () => {
    const { api, sandbox } = testSandbox({ validationShape: 'errors' })
    const response = post(api, { agency: '0001', user: 'abc', password: 'abc', accountType: 'PF' })
    expect(response.status).toBe(400)
    expect(response.body).toEqual({
      message: 'Connector parameters do not match validation rules',
      errors: [
        { code: '002', message: 'user parameter length must be at least 6.', parameter: 'user' },
        {
          code: '002',
          message: 'password parameter length must be at least 6.',
          parameter: 'password',
        },
      ],
    })
    sandbox.configure({ validationShape: 'details' })
    expect(body(post(api, {})).details).toHaveLength(4)
  })

  it('never echoes credential values: not in errors, items, or the request log', () => {
    const { api, sandbox } = testSandbox({ stepMs: 0 })
    const secret = 'S3cr3t-passw0rd!'
    const responses = [
      post(api, { agency: secret, user: secret, password: secret, accountType: secret }),
      api('POST', '/items', { connectorId: 0, parameters: { user: secret, password: secret } }),
      api('POST', '/auth', { clientId: secret, clientSecret: secret }),
    ]
    const item = body<Item>(responses[1] as SandboxResponse)
    responses.push(api('GET', `/items/${item.id}`))
    responses.push(api('PATCH', `/items/${item.id}`, { parameters: { password: secret } }))
    for (const response of responses) expect(JSON.stringify(response)).not.toContain(secret)
    expect(JSON.stringify(sandbox.requests())).not.toContain(secret)
    expect(JSON.stringify(sandbox.listItems())).not.toContain(secret)
  })

  it('rejects a bad body, an unknown connector and an OFFLINE connector', () => {
    const { api, sandbox } = testSandbox()
    const raw = sandbox.handle({
      method: 'POST',
      path: '/items',
      headers: { 'x-api-key': SANDBOX_API_KEY },
      rawBody: '{"connectorId": 0,',
    })
    expect(raw).toMatchObject({ status: 400, body: { code: 400 } })
    expect(api('POST', '/items', [1, 2]).status).toBe(400)
    expect(api('POST', '/items', { parameters: {} }).body).toMatchObject({
      details: [{ code: '001', parameter: 'connectorId' }],
    })
    expect(api('POST', '/items', { connectorId: 4242, parameters: {} }).status).toBe(404)
    const offline = api('POST', '/items', {
      connectorId: 12,
      parameters: { user: 'user-ok', password: 'password-ok' },
    })
    expect(offline).toMatchObject({ status: 400, body: { code: 400 } })
  })

  it('keeps the requested products, webhookUrl and clientUserId', () => {
    const { api } = testSandbox({ stepMs: 0 })
    const item = body<Item>(
      api('POST', '/items', {
        connectorId: 0,
        parameters: { user: 'user-ok', password: 'password-ok' },
        products: ['ACCOUNTS', 'TRANSACTIONS', 'LOANS'],
        webhookUrl: 'https://host.example/hook',
        clientUserId: 'u-1',
      }),
    )
    expect(item).toMatchObject({
      products: ['ACCOUNTS', 'TRANSACTIONS'],
      webhookUrl: 'https://host.example/hook',
      clientUserId: 'u-1',
    })
  })

  it('useScenario makes later POST /items follow a scenario; null restores the connector', () => {
    const { api, sandbox } = testSandbox({ stepMs: 0 })
    const create = () =>
      body<Item>(
        api('POST', '/items', {
          connectorId: 0,
          parameters: { user: 'user-ok', password: 'password-ok' },
        }),
      )
    sandbox.useScenario('site-not-available')
    expect(create().executionStatus).toBe('SITE_NOT_AVAILABLE')
    sandbox.useScenario(null)
    expect(create().executionStatus).toBe('SUCCESS')
    expect(() => sandbox.useScenario('no-such-thing')).toThrow(/Unknown scenario/)
  })
})

describe('updates', () => {
  it('409 ITEM_ALREADY_UPDATING while an execution runs or waits for input', () => {
    const { api, sandbox } = testSandbox()
    const running = sandbox.createItem('success')
    expect(api('PATCH', `/items/${running.id}`, {})).toMatchObject({
      status: 409,
      body: { code: 409, codeDescription: 'ITEM_ALREADY_UPDATING', errorId: expect.any(String) },
    })
    const mfa = sandbox.createItem('mfa-number', { stepMs: 0 })
    expect(body(api('PATCH', `/items/${mfa.id}`, {})).codeDescription).toBe('ITEM_ALREADY_UPDATING')
  })

  it('409 CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY when a minimum frequency is set', () => {
    const { api, sandbox, clock } = testSandbox({ stepMs: 0, minUpdateFrequencyHours: 24 })
    const created = clock.now()
    const { id } = sandbox.createItem('success')
    clock.advance(3_600_000)
    const response = api('PATCH', `/items/${id}`, {})
    expect(response.status).toBe(409)
    expect(response.body).toMatchObject({
      code: 409,
      codeDescription: 'CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY',
      data: { minUpdateFrequencyAllowedInHours: 24 },
      message: `Client updates on this item are allowed at most every 24 hours. Last update was at ${new Date(created).toISOString()}`,
    })
    clock.advance(23 * 3_600_000)
    expect(api('PATCH', `/items/${id}`, {}).status).toBe(200)
    sandbox.configure({ minUpdateFrequencyHours: null })
    expect(api('PATCH', `/items/${id}`, {}).status).toBe(200)
  })

  it('PATCH validates new parameters merged with the stored ones', () => {
    const { api, sandbox } = testSandbox({ stepMs: 0 })
    const { id } = sandbox.createItem('success', { connectorId: 8 })
    expect(api('PATCH', `/items/${id}`, { parameters: { user: 'abc' } }).body).toMatchObject({
      details: [{ code: '002', parameter: 'user' }],
    })
    expect(api('PATCH', `/items/${id}`, { parameters: { user: 'abcdefgh' } }).status).toBe(200)
    expect(api('PATCH', `/items/${id}`, 'not an object').status).toBe(400)
  })

  it('PATCH on an OFFLINE connector is a 400', () => {
    const { api, sandbox } = testSandbox({ stepMs: 0 })
    const { id } = sandbox.createItem('connector-offline')
    expect(api('PATCH', `/items/${id}`, {}).status).toBe(400)
    sandbox.setConnectorHealth(12, { status: 'ONLINE' })
    expect(api('PATCH', `/items/${id}`, {}).status).toBe(200)
  })

  it('disable-auto-sync sets autoSyncDisabledAt; a PATCH turns auto-sync back on', () => {
    const { api, sandbox } = testSandbox({ stepMs: 0 })
    const { id } = sandbox.createItem('success')
    const disabled = body<Item>(api('PATCH', `/items/${id}/disable-auto-sync`))
    expect(disabled.autoSyncDisabledAt).toMatch(/Z$/)
    expect(disabled.nextAutoSyncAt).toBeNull()
    const patched = body<Item>(api('PATCH', `/items/${id}`, {}))
    expect(patched.autoSyncDisabledAt).toBeNull()
  })
})

describe('deleting', () => {
  it('DELETE answers 200 { count: 1 } (what pluggy-sdk expects), then GET is 404', () => {
    const { api, sandbox } = testSandbox()
    const { id } = sandbox.createItem('success')
    expect(api('DELETE', `/items/${id}`)).toMatchObject({ status: 200, body: { count: 1 } })
    expect(api('GET', `/items/${id}`)).toMatchObject({ status: 404, body: { code: 404 } })
    expect(api('DELETE', `/items/${id}`).status).toBe(404)
  })

  it('deleteStatus 204 answers with no body', () => {
    const { api, sandbox } = testSandbox({ deleteStatus: 204 })
    const { id } = sandbox.createItem('success')
    expect(api('DELETE', `/items/${id}`)).toMatchObject({ status: 204, body: undefined })
  })
})

describe('rate limits', () => {
  it('PATCH /items/:id: the 21st request in a minute is a 429 with Retry-After and RateLimit-Reset', () => {
    const { api, sandbox, clock } = testSandbox({ stepMs: 0 })
    const { id } = sandbox.createItem('success')
    const statuses: number[] = []
    for (let i = 0; i < 20; i++) {
      clock.advance(1000)
      statuses.push(api('PATCH', `/items/${id}`, {}).status)
    }
    expect(statuses.every((s) => s === 200)).toBe(true)
    const limited = api('PATCH', `/items/${id}`, {})
    expect(limited.status).toBe(429)
    expect(limited.body).toEqual({
      message: 'Too many requests. Please try again later (see Retry-After header in seconds)',
      code: 429,
    })
    expect(limited.headers).toMatchObject({
      'retry-after': '60',
      'ratelimit-limit': '20',
      'ratelimit-remaining': '0',
      'ratelimit-reset': '41',
    })
    // Counted per endpoint: reading the item is not limited by the PATCHes.
    expect(api('GET', `/items/${id}`).status).toBe(200)
    clock.advance(40_999)
    expect(api('PATCH', `/items/${id}`, {}).status).toBe(429)
    clock.advance(1)
    expect(api('PATCH', `/items/${id}`, {}).status).toBe(200)
  })

  it('limits are configurable per endpoint', () => {
    const { api } = testSandbox({ rateLimits: { 'GET /connectors': 2 } })
    expect([1, 2, 3].map(() => api('GET', '/connectors').status)).toEqual([200, 200, 429])
    expect(api('GET', '/connectors/0').status).toBe(200)
  })
})

describe('faults', () => {
  it('latencyMs asks the adapter to wait; times limits how many requests it hits', () => {
    const { api, sandbox } = testSandbox()
    sandbox.injectFault({ latencyMs: 250, times: 1 })
    expect(api('GET', '/connectors').delayMs).toBe(250)
    expect(api('GET', '/connectors').delayMs).toBeUndefined()
  })

  it('errorRate draws 5xx from the seeded PRNG: same seed, same failures', () => {
    const statuses = (seed: number) => {
      const sandbox = createSandbox({ clock: createManualClock(), seed })
      sandbox.injectFault({ errorRate: 0.5 })
      return Array.from(
        { length: 40 },
        () =>
          sandbox.handle({
            method: 'GET',
            path: '/connectors',
            headers: { 'x-api-key': SANDBOX_API_KEY },
          }).status,
      )
    }
    const first = statuses(7)
    expect(statuses(7)).toEqual(first)
    expect(statuses(8)).not.toEqual(first)
    const failures = first.filter((s) => s === 500).length
    expect(failures).toBeGreaterThan(8)
    expect(failures).toBeLessThan(32)
  })

  it('malformedJson truncates the body; dropConnection asks the adapter to hang up', () => {
    const { api, sandbox } = testSandbox()
    const remove = sandbox.injectFault({ malformedJson: true, match: '/connectors' })
    const malformed = api('GET', '/connectors/0')
    expect(malformed.raw).toBe(true)
    expect(malformed.headers['content-type']).toMatch(/application\/json/)
    expect(() => JSON.parse(String(malformed.body))).toThrow()
    expect(api('POST', '/auth', { clientId: 'a', clientSecret: 'b' }).raw).toBeUndefined()
    remove()
    sandbox.injectFault({ dropConnection: true, match: /^GET \/connectors$/ })
    expect(api('GET', '/connectors').dropConnection).toBe(true)
    expect(api('GET', '/connectors/0').dropConnection).toBeUndefined()
    sandbox.clearFaults()
    expect(api('GET', '/connectors').status).toBe(200)
  })

  it('a rateLimit fault caps every endpoint', () => {
    const { api, sandbox } = testSandbox()
    sandbox.injectFault({ rateLimit: 1 })
    expect(api('GET', '/connectors').status).toBe(200)
    expect(api('GET', '/connectors')).toMatchObject({
      status: 429,
      headers: { 'retry-after': '60' },
    })
  })
})

describe('routing and housekeeping', () => {
  it('unknown routes are 404 JSON; a known path with the wrong method is 405', () => {
    const { api } = testSandbox()
    expect(api('GET', '/nothing/here')).toMatchObject({ status: 404, body: { code: 404 } })
    const wrong = api('PUT', '/items/abc')
    expect(wrong.status).toBe(405)
    expect(wrong.headers.allow).toContain('PATCH')
  })

  it('logs method, path and status only', () => {
    const { api, sandbox } = testSandbox()
    api('GET', '/connectors?name=pluggy')
    api('GET', '/missing')
    expect(sandbox.requests().map(({ method, path, status }) => [method, path, status])).toEqual([
      ['GET', '/connectors', 200],
      ['GET', '/missing', 404],
    ])
  })

  it('reset() forgets items, faults and settings, and replays the same ids', () => {
    const { sandbox } = testSandbox({ stepMs: 0 })
    const first = sandbox.createItem('success').id
    sandbox.configure({ deleteStatus: 204 })
    sandbox.injectFault({ errorRate: 1 })
    sandbox.useScenario('site-not-available')
    sandbox.reset()
    expect(sandbox.listItems()).toEqual([])
    expect(sandbox.faults).toEqual([])
    expect(sandbox.settings.deleteStatus).toBe(200)
    expect(sandbox.activeScenario).toBeNull()
    expect(sandbox.createItem('success').id).toBe(first)
  })

  it('advance() moves a real-clock sandbox through its own offset', () => {
    const sandbox = createSandbox({ stepMs: 1000 })
    const { id } = sandbox.createItem('success')
    expect(sandbox.getItem(id)?.status).toBe('UPDATING')
    sandbox.advance(60_000)
    expect(sandbox.getItem(id)?.status).toBe('UPDATED')
    expect(() => sandbox.advance(-1)).toThrow(RangeError)
  })

  it('createItem takes a fixed id and refuses duplicates', () => {
    const { sandbox } = testSandbox()
    expect(sandbox.createItem('success', { id: 'item-success' }).id).toBe('item-success')
    expect(() => sandbox.createItem('success', { id: 'item-success' })).toThrow(/already exists/)
    expect(() => sandbox.createItem('nope')).toThrow(/Unknown scenario/)
  })
})
