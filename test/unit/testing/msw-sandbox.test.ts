import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  createManualClock,
  createSandbox,
  createSandboxHandlers,
  SANDBOX_API_KEY,
  SANDBOX_SCENARIOS,
} from '../../../src/testing'
import type { Item } from '../../../src/core'
import { expectWireItem } from '../../node/sandbox-helpers'

const BASE = 'https://sandbox.farol.test'
const PREFIXED = 'https://host.farol.test/api/pluggy'

const sandbox = createSandbox({ clock: createManualClock() })
const server = setupServer(
  ...createSandboxHandlers(sandbox, { baseUrl: BASE }),
  ...createSandboxHandlers(sandbox, { baseUrl: PREFIXED, controlRoutes: true }),
)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => sandbox.clearFaults())
afterAll(() => server.close())

const api = (path: string, init: RequestInit = {}, base = BASE) =>
  fetch(`${base}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', 'x-api-key': SANDBOX_API_KEY, ...init.headers },
  })
const post = (path: string, body: unknown) =>
  api(path, { method: 'POST', body: JSON.stringify(body) })

describe('createSandboxHandlers with msw setupServer (jsdom)', () => {
  it('runs the Pluggy Bank flow: auth, create, poll, update', async () => {
    const auth = await post('/auth', { clientId: 'id', clientSecret: 'secret' })
    const { apiKey } = (await auth.json()) as { apiKey: string }
    const created = await fetch(`${BASE}/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
      body: JSON.stringify({
        connectorId: 0,
        parameters: { user: 'user-ok', password: 'password-ok' },
      }),
    })
    expect(created.status).toBe(200)
    const item = (await created.json()) as Item
    expect(item.status).toBe('UPDATING')
    sandbox.advance(10_000)
    const done = (await (await api(`/items/${item.id}`)).json()) as Item
    expect(done).toMatchObject({ status: 'UPDATED', executionStatus: 'SUCCESS' })
    expectWireItem(done)
    const patched = await api(`/items/${item.id}`, { method: 'PATCH', body: '{}' })
    expect(((await patched.json()) as Item).status).toBe('UPDATING')
  })

  it.each(SANDBOX_SCENARIOS.map((s) => [s.name, s] as const))(
    'scenario %s settles through fetch',
    async (name, scenario) => {
      const { id } = sandbox.createItem(name)
      sandbox.advance(60_000)
      const response = await api(`/items/${id}`)
      expect(response.status).toBe(200)
      expect(await response.json()).toMatchObject(scenario.settles)
    },
  )

  it('MFA: a wrong token rule is a 400 with details; 123456 syncs', async () => {
    const { id } = sandbox.createItem('mfa-number')
    sandbox.advance(5_000)
    const bad = await post(`/items/${id}/mfa`, { token: 'abc' })
    expect(bad.status).toBe(400)
    expect(await bad.json()).toMatchObject({ details: [{ parameter: 'token', code: '002' }] })
    expect((await post(`/items/${id}/mfa`, { token: '123456' })).status).toBe(200)
    sandbox.advance(10_000)
    expect(await (await api(`/items/${id}`)).json()).toMatchObject({ executionStatus: 'SUCCESS' })
  })

  it('passes status codes and headers through: 401, 404, 409, 429', async () => {
    expect((await fetch(`${BASE}/items/x`)).status).toBe(401)
    expect(await (await api('/no/such/route')).json()).toMatchObject({ code: 404 })
    const { id } = sandbox.createItem('success')
    const conflict = await api(`/items/${id}`, { method: 'PATCH', body: '{}' })
    expect(await conflict.json()).toMatchObject({ codeDescription: 'ITEM_ALREADY_UPDATING' })
    sandbox.injectFault({ rateLimit: 0, match: '/connectors' })
    const limited = await api('/connectors')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('60')
    expect(limited.headers.get('ratelimit-reset')).toMatch(/^\d+$/)
  })

  it('a malformed request body is a 400 JSON answer', async () => {
    const response = await api('/items', { method: 'POST', body: '{"connectorId":' })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ code: 400 })
  })

  it('faults: malformed JSON, dropped connection (HttpResponse.error), 5xx', async () => {
    sandbox.injectFault({ malformedJson: true, times: 1 })
    await expect((await api('/connectors/0')).json()).rejects.toThrow()
    sandbox.injectFault({ dropConnection: true, times: 1 })
    await expect(api('/connectors/0')).rejects.toThrow(TypeError)
    sandbox.injectFault({ errorRate: 1, times: 1 })
    expect((await api('/connectors/0')).status).toBe(500)
    expect((await api('/connectors/0')).status).toBe(200)
  })

  it('serves a baseUrl with a path prefix, and the control routes when asked', async () => {
    const connector = await api('/connectors/600', {}, PREFIXED)
    expect(await connector.json()).toMatchObject({ id: 600, isOpenFinance: true })
    const created = await fetch(`${PREFIXED}/__sandbox/items`, {
      method: 'POST',
      body: JSON.stringify({ scenario: 'device-authorization', stepMs: 0 }),
    })
    const item = (await created.json()) as Item
    expect(item.executionStatus).toBe('USER_AUTHORIZATION_PENDING')
    await fetch(`${PREFIXED}/__sandbox/approve-device/${item.id}`, { method: 'POST' })
    expect(sandbox.getItem(item.id)?.executionStatus).toBe('SUCCESS')
    // Without controlRoutes, /__sandbox is not served under that base URL.
    await expect(fetch(`${BASE}/__sandbox/scenarios`)).rejects.toThrow()
  })
})

describe('connecting a new bank behind MSW', () => {
  it('Open Finance: the consent link has no page here; answerConsent plays the bank', async () => {
    sandbox.reset()
    const created = (await (
      await post('/items', {
        connectorId: 603,
        parameters: { cpf: '761.092.776-73' },
        oauthRedirectUri: 'https://host.example/back',
      })
    ).json()) as Item
    sandbox.advance(60_000)
    const waiting = (await (await api(`/items/${created.id}`)).json()) as Item
    expect(waiting.parameter).toMatchObject({
      type: 'oauth',
      data: `https://bank.sandbox.invalid/sandbox/bank/consent?itemId=${created.id}`,
    })
    sandbox.configure({ consentBaseUrl: 'https://bank.example' })
    const relinked = (await (await api(`/items/${created.id}`)).json()) as Item
    expect(relinked.parameter?.data).toBe(
      `https://bank.example/sandbox/bank/consent?itemId=${created.id}`,
    )
    sandbox.answerConsent(created.id, true)
    sandbox.advance(60_000)
    expect(((await (await api(`/items/${created.id}`)).json()) as Item).status).toBe('UPDATED')
    expect(() => sandbox.answerConsent(created.id, false)).toThrow(/not waiting for a consent/)
  })

  it('POST /connectors/:id/validate and GET /connectors filters answer through MSW too', async () => {
    const validation = await post('/connectors/0/validate', { user: 'abc', password: 'abcdef' })
    expect(await validation.json()).toEqual({
      parameters: { user: 'abc' },
      errors: [
        { code: '002', parameter: 'user', message: 'user parameter length must be at least 6.' },
      ],
    })
    const page = (await (
      await api('/connectors?types=BUSINESS_BANK&isOpenFinance=true')
    ).json()) as {
      results: Array<{ id: number }>
    }
    expect(page.results.map((c) => c.id)).toEqual([611, 612, 613, 614])
  })
})
