// Connecting a new bank through the sandbox server over real HTTP: farol's client against the
// catalogue, the creation rules, and the Open Finance consent bank page.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { getApiProblem } from '../../src/core'
import type { ApiProblem, Item } from '../../src/core'
import { createPluggyClient } from '../../src/client'
import {
  OFFLINE_BANK_ID,
  OPEN_FINANCE_BANK_ID,
  PLUGGY_BANK_ID,
  SANDBOX_API_KEY,
  SANDBOX_CONNECTORS,
  SANDBOX_CREDENTIALS,
  UNSTABLE_BANK_ID,
} from '../../src/testing'
import { startSandboxServer } from '../../src/testing/server'
import type { SandboxServer } from '../../src/testing/server'

let server: SandboxServer

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, sandboxOptions: { stepMs: 0 } })
})
afterAll(() => server.close())
beforeEach(() => server.sandbox.reset())

const client = () => createPluggyClient({ baseUrl: server.url, apiKey: SANDBOX_API_KEY })

async function problemOf(promise: Promise<unknown>): Promise<ApiProblem> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  const problem = getApiProblem(error)
  if (!problem) throw new Error(`expected an ApiProblemError, got ${String(error)}`)
  return problem
}

async function postItems(body: unknown) {
  const response = await fetch(`${server.url}/items`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': SANDBOX_API_KEY },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe('GET /connectors: a catalogue to search and filter', () => {
  it('a few dozen connectors: personal and business, Open Finance and direct, one OFFLINE, one UNSTABLE', async () => {
    const all = await client().listConnectors()
    expect(all.length).toBe(SANDBOX_CONNECTORS.length)
    expect(all.length).toBeGreaterThanOrEqual(36)
    const count = (test: (c: (typeof all)[number]) => boolean) => all.filter(test).length
    expect(count((c) => c.type === 'PERSONAL_BANK')).toBeGreaterThan(10)
    expect(count((c) => c.type === 'BUSINESS_BANK')).toBeGreaterThan(10)
    expect(count((c) => c.health?.status === 'OFFLINE')).toBe(1)
    expect(count((c) => c.health?.status === 'UNSTABLE')).toBe(1)
    expect(all.find((c) => c.health?.status === 'OFFLINE')?.id).toBe(OFFLINE_BANK_ID)
    expect(all.find((c) => c.health?.status === 'UNSTABLE')?.id).toBe(UNSTABLE_BANK_ID)
    const openFinance = all.filter((c) => c.isOpenFinance)
    expect(openFinance.length).toBeGreaterThan(10)
    for (const c of openFinance) {
      expect(c.id).toBeGreaterThanOrEqual(600)
      expect(c.oauth).toBe(true)
      expect(c.credentials?.map((field) => field.name)).toEqual([
        c.type === 'BUSINESS_BANK' ? 'cnpj' : 'cpf',
      ])
    }
    const pluggyBank = all.find((c) => c.id === PLUGGY_BANK_ID)
    expect(pluggyBank?.credentials?.map((f) => [f.name, f.validation])).toEqual([
      ['user', '^.{6,}$'],
      ['password', '^.{6,}$'],
    ])
  })

  it('every filter: name, types, countries, isOpenFinance, sandbox, ids', async () => {
    const api = client()
    const names = async (filters: Parameters<typeof api.listConnectors>[0]) =>
      (await api.listConnectors(filters)).map((c) => c.name)
    expect(await names({ name: 'nubank' })).toEqual(['Nubank', 'Nubank PJ', 'Nubank Open Finance'])
    expect(await names({ name: 'caixa economica' })).toEqual([
      'Caixa Econômica Federal Open Finance',
    ])
    expect(await names({ countries: ['MX', 'CO'] })).toEqual(['BBVA México', 'Bancolombia'])
    expect(await names({ types: ['PAYMENT_ACCOUNT'] })).toEqual(['Mercado Pago', 'PicPay'])
    expect(await names({ types: ['BUSINESS_BANK'], isOpenFinance: true })).toEqual([
      'Itaú Empresas Open Finance',
      'Bradesco Empresas Open Finance',
      'Santander Empresas Open Finance',
      'Banco do Brasil Empresas Open Finance',
    ])
    const notSandbox = await api.listConnectors({ sandbox: false })
    expect(notSandbox.some((c) => c.isSandbox)).toBe(false)
    expect(await names({ ids: [601, 0] })).toEqual(['Pluggy Bank', 'Itaú Open Finance'])
    expect(await names({ name: 'itau', isOpenFinance: false, countries: ['BR'] })).toEqual([
      'Itaú PF',
      'Itaú PJ',
    ])
    expect(await names({ name: 'zzz-no-such-bank' })).toEqual([])
  })
})

describe('POST /items: validations and rules', () => {
  it("Pluggy Bank with short credentials answers the errors page's example exactly", async () => {
    server.sandbox.configure({ validationShape: 'errors' })
    const answer = await postItems({
      connectorId: PLUGGY_BANK_ID,
      parameters: { user: 'abc', password: 'abc' },
    })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({
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
    expect(server.sandbox.listItems()).toHaveLength(0)
  })

  it('the same rules as details[] by default; missing → 001; farol reads both as fieldErrors', async () => {
    const problem = await problemOf(client().createItem(PLUGGY_BANK_ID, { user: 'abc' }))
    expect(problem).toMatchObject({
      kind: 'validation',
      status: 400,
      fieldErrors: {
        user: ['user parameter length must be at least 6.'],
        password: ['password parameter is required.'],
      },
    })
    const raw = await postItems({ connectorId: PLUGGY_BANK_ID, parameters: { user: 'abc' } })
    expect(raw.body.details).toEqual([
      { code: '002', message: 'user parameter length must be at least 6.', parameter: 'user' },
      { code: '001', message: 'password parameter is required.', parameter: 'password' },
    ])
  })

  it('creates with every option and the item carries them', async () => {
    const item = await client().createItem(
      PLUGGY_BANK_ID,
      { ...SANDBOX_CREDENTIALS },
      {
        clientUserId: 'user-7',
        webhookUrl: 'https://host.example/hooks',
        products: ['ACCOUNTS', 'TRANSACTIONS'],
        oauthRedirectUri: 'https://host.example/back',
      },
    )
    expect(item).toMatchObject({
      status: 'UPDATED',
      clientUserId: 'user-7',
      webhookUrl: 'https://host.example/hooks',
      products: ['ACCOUNTS', 'TRANSACTIONS'],
      oauthRedirectUri: 'https://host.example/back',
    })
  })

  it('avoidDuplicates: the same connector, credentials and clientUserId → the existing item ids', async () => {
    const api = client()
    const first = await api.createItem(
      PLUGGY_BANK_ID,
      { ...SANDBOX_CREDENTIALS },
      { clientUserId: 'u1' },
    )
    // Without avoidDuplicates a second item is created, as Pluggy does.
    const second = await api.createItem(
      PLUGGY_BANK_ID,
      { ...SANDBOX_CREDENTIALS },
      { clientUserId: 'u1' },
    )
    const raw = await postItems({
      connectorId: PLUGGY_BANK_ID,
      parameters: { ...SANDBOX_CREDENTIALS },
      clientUserId: 'u1',
      avoidDuplicates: true,
    })
    expect(raw).toMatchObject({
      status: 400,
      body: {
        code: 400,
        codeDescription: 'ITEM_USER_ALREADY_EXISTS',
        items: [first.id, second.id],
      },
    })
    const problem = await problemOf(
      api.createItem(
        PLUGGY_BANK_ID,
        { ...SANDBOX_CREDENTIALS },
        { clientUserId: 'u1', avoidDuplicates: true },
      ),
    )
    expect(problem).toMatchObject({ kind: 'duplicate-item', itemIds: [first.id, second.id] })
    // Another user, or other credentials, is not a duplicate.
    await expect(
      api.createItem(
        PLUGGY_BANK_ID,
        { ...SANDBOX_CREDENTIALS },
        { clientUserId: 'u2', avoidDuplicates: true },
      ),
    ).resolves.toMatchObject({ clientUserId: 'u2' })
    await expect(
      api.createItem(
        PLUGGY_BANK_ID,
        { user: 'other-user', password: 'password-ok' },
        { clientUserId: 'u1', avoidDuplicates: true },
      ),
    ).resolves.toMatchObject({ clientUserId: 'u1' })
  })

  it('the creation limit → 409 ITEM_CREATION_LIMIT_EXCEEDED → creation-limit', async () => {
    server.sandbox.configure({ maxItems: 1 })
    const api = client()
    await api.createItem(PLUGGY_BANK_ID, { ...SANDBOX_CREDENTIALS })
    const raw = await postItems({
      connectorId: PLUGGY_BANK_ID,
      parameters: { ...SANDBOX_CREDENTIALS },
    })
    expect(raw).toMatchObject({
      status: 409,
      body: { codeDescription: 'ITEM_CREATION_LIMIT_EXCEEDED' },
    })
    expect(
      await problemOf(api.createItem(PLUGGY_BANK_ID, { ...SANDBOX_CREDENTIALS })),
    ).toMatchObject({
      kind: 'creation-limit',
      status: 409,
    })
    expect(server.sandbox.listItems()).toHaveLength(1)
  })

  it("an OFFLINE connector's 400 → connector-offline", async () => {
    const problem = await problemOf(
      client().createItem(OFFLINE_BANK_ID, { ...SANDBOX_CREDENTIALS }),
    )
    expect(problem).toMatchObject({ kind: 'connector-offline', status: 400 })
  })

  it('429 and 5xx on create are classified; nothing is created', async () => {
    server.sandbox.injectFault({ rateLimit: 1, match: 'POST /items' })
    const api = client()
    await api.createItem(PLUGGY_BANK_ID, { ...SANDBOX_CREDENTIALS })
    const limited = await problemOf(api.createItem(PLUGGY_BANK_ID, { ...SANDBOX_CREDENTIALS }))
    expect(limited).toMatchObject({ kind: 'rate-limited', status: 429 })
    expect(limited.kind === 'rate-limited' && limited.retryAfterMs).toBeGreaterThan(0)
    server.sandbox.clearFaults()
    server.sandbox.injectFault({ errorRate: 1, errorStatus: 503, match: 'POST /items', times: 1 })
    expect(
      await problemOf(api.createItem(PLUGGY_BANK_ID, { ...SANDBOX_CREDENTIALS })),
    ).toMatchObject({
      kind: 'server',
      status: 503,
    })
    expect(server.sandbox.listItems()).toHaveLength(1)
  })
})

describe('POST /connectors/{id}/validate', () => {
  it('the connector rules without creating anything', async () => {
    const api = client()
    expect(await api.validateParameters(PLUGGY_BANK_ID, { user: 'abc', password: 'abc' })).toEqual({
      user: ['user parameter length must be at least 6.'],
      password: ['password parameter length must be at least 6.'],
    })
    expect(await api.validateParameters(PLUGGY_BANK_ID, { ...SANDBOX_CREDENTIALS })).toEqual({})
    expect(await api.validateParameters(OPEN_FINANCE_BANK_ID, { cpf: '123' })).toEqual({
      cpf: ['Informe um CPF válido, com 11 números.'],
    })
    expect(server.sandbox.listItems()).toHaveLength(0)
    expect(await problemOf(api.validateParameters(99_999, {}))).toMatchObject({ kind: 'not-found' })
  })

  it('never echoes a password', async () => {
    const response = await fetch(`${server.url}/connectors/0/validate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': SANDBOX_API_KEY },
      body: JSON.stringify({ user: 'user-ok', password: 'Typed-S3cret' }),
    })
    const text = await response.text()
    expect(response.status).toBe(200)
    expect(text).not.toContain('Typed-S3cret')
    expect(JSON.parse(text)).toEqual({ parameters: { user: 'user-ok' }, errors: [] })
  })
})

describe('Open Finance consent: the sandbox bank page', () => {
  const CPF = '761.092.776-73'

  async function createOpenFinance(oauthRedirectUri?: string): Promise<Item> {
    const item = await client().createItem(
      601,
      { cpf: CPF },
      oauthRedirectUri ? { oauthRedirectUri } : {},
    )
    expect(item).toMatchObject({ status: 'WAITING_USER_INPUT', parameter: { type: 'oauth' } })
    return item
  }

  const consentPage = (item: Item) => item.parameter?.data ?? ''

  async function answer(item: Item, decision: 'approve' | 'refuse') {
    const page = await fetch(consentPage(item))
    expect(page.status).toBe(200)
    const html = await page.text()
    const action = html.match(/<form method="post" action="([^"]+)"/)?.[1] ?? ''
    return fetch(new URL(action, server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ itemId: item.id, decision }).toString(),
      redirect: 'manual',
    })
  }

  it("the item's oauth parameter links to a plain page on this server naming the bank", async () => {
    const item = await createOpenFinance()
    expect(consentPage(item)).toBe(`${server.url}/sandbox/bank/consent?itemId=${item.id}`)
    const page = await fetch(consentPage(item))
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(page.headers.get('x-frame-options')).toBe('DENY')
    const html = await page.text()
    expect(html).toContain('<h1>Itaú Open Finance</h1>')
    expect(html).toContain('>Autorizar</button>')
    expect(html).toContain('>Recusar</button>')
    expect(html).not.toContain('<script')
  })

  it('Autorizar: redirects to oauthRedirectUri with ?itemId=, and the item syncs to UPDATED', async () => {
    const item = await createOpenFinance('https://host.example/connect/back?step=2')
    const answered = await answer(item, 'approve')
    expect(answered.status).toBe(303)
    expect(answered.headers.get('location')).toBe(
      `https://host.example/connect/back?step=2&itemId=${item.id}`,
    )
    expect(await client().getItem(item.id)).toMatchObject({
      status: 'UPDATED',
      executionStatus: 'SUCCESS',
      parameter: null,
    })
  })

  it('with steps: CREATED, LOGIN, then the wait; after the approval UPDATING, then UPDATED', async () => {
    server.sandbox.configure({ stepMs: 60_000 })
    const created = await client().createItem(601, { cpf: CPF })
    expect(created).toMatchObject({ status: 'UPDATING', executionStatus: 'CREATED' })
    server.sandbox.advance(10 * 60_000)
    const waiting = await client().getItem(created.id)
    expect(waiting).toMatchObject({ status: 'WAITING_USER_INPUT', parameter: { type: 'oauth' } })
    await answer(waiting, 'approve')
    expect(await client().getItem(created.id)).toMatchObject({
      status: 'UPDATING',
      executionStatus: 'LOGIN_IN_PROGRESS',
    })
    server.sandbox.advance(60 * 60_000)
    expect((await client().getItem(created.id)).status).toBe('UPDATED')
  })

  it('Recusar: LOGIN_ERROR / USER_AUTHORIZATION_NOT_GRANTED, redirected back too', async () => {
    const item = await createOpenFinance('myapp://connect')
    const answered = await answer(item, 'refuse')
    expect(answered.status).toBe(303)
    expect(answered.headers.get('location')).toBe(`myapp://connect?itemId=${item.id}`)
    expect(await client().getItem(item.id)).toMatchObject({
      status: 'LOGIN_ERROR',
      executionStatus: 'USER_AUTHORIZATION_NOT_GRANTED',
      error: { code: 'USER_AUTHORIZATION_NOT_GRANTED' },
    })
  })

  it('no oauthRedirectUri (or a scheme that runs script): "you can close this tab"', async () => {
    for (const redirect of [undefined, 'javascript:alert(1)']) {
      const item = await createOpenFinance(redirect)
      const answered = await answer(item, 'approve')
      expect(answered.status).toBe(200)
      expect(answered.headers.get('location')).toBeNull()
      expect(await answered.text()).toContain('Você já pode fechar esta aba.')
    }
  })

  it('a consent never finished: OUTDATED / USER_INPUT_TIMEOUT after the timeout; the page says it is over', async () => {
    const item = await createOpenFinance()
    server.sandbox.advance(server.sandbox.settings.consentTimeoutMs - 1_000)
    expect((await client().getItem(item.id)).status).toBe('WAITING_USER_INPUT')
    server.sandbox.advance(1_000)
    expect(await client().getItem(item.id)).toMatchObject({
      status: 'OUTDATED',
      executionStatus: 'USER_INPUT_TIMEOUT',
    })
    expect((await fetch(consentPage(item))).status).toBe(409)
    const late = await fetch(`${server.url}/sandbox/bank/consent`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `itemId=${item.id}&decision=approve`,
      redirect: 'manual',
    })
    expect(late.status).toBe(409)
    expect((await client().getItem(item.id)).status).toBe('OUTDATED')
  })

  it('an answered consent cannot be answered twice; unknown items and bad decisions are refused', async () => {
    const item = await createOpenFinance()
    await answer(item, 'refuse')
    expect((await fetch(consentPage(item))).status).toBe(409)
    expect((await fetch(`${server.url}/sandbox/bank/consent?itemId=nope`)).status).toBe(404)
    const odd = await fetch(`${server.url}/sandbox/bank/consent`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `itemId=${item.id}&decision=maybe`,
    })
    expect(odd.status).toBe(400)
  })

  it('the consent is not an MFA answer: POST /items/{id}/mfa is refused', async () => {
    const item = await createOpenFinance()
    const problem = await problemOf(client().submitMfa(item.id, { oauth_code: 'x' }))
    expect(problem.status).toBe(400)
    expect((await client().getItem(item.id)).status).toBe('WAITING_USER_INPUT')
  })

  it('a PATCH on a refused item asks for the consent again (renewal)', async () => {
    const item = await createOpenFinance()
    await answer(item, 'refuse')
    const renewed = await client().updateItem(item.id)
    expect(renewed).toMatchObject({ status: 'WAITING_USER_INPUT', parameter: { type: 'oauth' } })
    await answer(renewed, 'approve')
    expect((await client().getItem(item.id)).status).toBe('UPDATED')
  })

  it('the control route answers a consent without the page (for MSW hosts)', async () => {
    const item = await createOpenFinance()
    const response = await fetch(`${server.url}/__sandbox/answer-consent/${item.id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ approved: true }),
    })
    expect(response.status).toBe(200)
    expect((await client().getItem(item.id)).status).toBe('UPDATED')
  })
})
