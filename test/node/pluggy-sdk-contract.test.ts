// The official pluggy-sdk, unchanged, against the sandbox server: the realism contract.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Item, PluggyClient as PluggyClientType } from 'pluggy-sdk'
import { createManualClock, createSandbox, type Sandbox } from '../../src/testing'
import { startSandboxServer, type SandboxServer } from '../../src/testing/server'

let server: SandboxServer
let sandbox: Sandbox
let client: PluggyClientType
const previousUrl = process.env.PLUGGY_API_URL

beforeAll(async () => {
  // A manual clock that starts now: the SDK checks the API key's `exp` against real time.
  sandbox = createSandbox({ clock: createManualClock(Date.now()) })
  server = await startSandboxServer({ port: 0, sandbox })
  // baseApi reads PLUGGY_API_URL when a client is built; set it before the SDK loads anyway.
  process.env.PLUGGY_API_URL = server.url
  const { PluggyClient } = await import('pluggy-sdk')
  client = new PluggyClient({ clientId: 'farol-contract', clientSecret: 'sandbox-secret' })
  // The SDK prints every HTTP error with console.error; the rejections are asserted instead.
  vi.spyOn(console, 'error').mockImplementation(() => {})
})

afterAll(async () => {
  vi.restoreAllMocks()
  if (previousUrl === undefined) delete process.env.PLUGGY_API_URL
  else process.env.PLUGGY_API_URL = previousUrl
  await server?.close()
})

/** Polls like Pluggy's recipe, moving the sandbox clock instead of sleeping. */
async function pollWhileUpdating(item: Item): Promise<Item> {
  let current = item
  for (let i = 0; i < 50 && (current.status === 'UPDATING' || current.status === 'MERGING'); i++) {
    sandbox.advance(sandbox.settings.stepMs)
    current = await client.fetchItem(current.id)
  }
  return current
}

async function rejection(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await promise
  } catch (error) {
    return error as Record<string, unknown>
  }
  throw new Error('expected a rejection')
}

describe('pluggy-sdk PluggyClient against the sandbox server', () => {
  it('authenticates once and lists connectors, with Dates deserialized', async () => {
    const page = await client.fetchConnectors({ name: 'Pluggy', sandbox: true })
    expect(page.results.map((c) => c.id)).toEqual([0, 5, 600])
    expect(page.total).toBe(3)
    const bank = await client.fetchConnector(0)
    expect(bank).toMatchObject({ id: 0, name: 'Pluggy Bank', isSandbox: true, hasMFA: false })
    expect(bank.createdAt).toBeInstanceOf(Date)
    expect(bank.health.status).toBe('ONLINE')
    expect(sandbox.requests().filter((r) => r.path === '/auth')).toHaveLength(1)
  })

  it('creates an item and follows it to UPDATED, then updates it', async () => {
    const created = await client.createItem(
      0,
      { user: 'user-ok', password: 'password-ok' },
      { clientUserId: 'contract-user', products: ['ACCOUNTS', 'TRANSACTIONS'] },
    )
    expect(created).toMatchObject({ status: 'UPDATING', executionStatus: 'CREATED' })
    expect(created.createdAt).toBeInstanceOf(Date)
    expect(created.connector.id).toBe(0)
    expect(created.clientUserId).toBe('contract-user')

    const done = await pollWhileUpdating(created)
    expect(done).toMatchObject({ status: 'UPDATED', executionStatus: 'SUCCESS', error: null })
    expect(done.lastUpdatedAt).toBeInstanceOf(Date)
    expect(done.nextAutoSyncAt).toBeInstanceOf(Date)
    expect(done.updatedAt.getTime()).toBeGreaterThan(done.createdAt.getTime())

    const updating = await client.updateItem(done.id)
    expect(updating.status).toBe('UPDATING')
    const busy = await rejection(client.updateItem(done.id))
    expect(busy).toMatchObject({ code: 409, codeDescription: 'ITEM_ALREADY_UPDATING' })
    expect((await pollWhileUpdating(updating)).executionStatus).toBe('SUCCESS')

    const wrong = await client.updateItem(done.id, { password: 'wrong-password' })
    expect((await pollWhileUpdating(wrong)).error?.code).toBe('INVALID_CREDENTIALS')
  })

  it('answers two-step MFA with updateItemMFA', async () => {
    const created = await client.createItem(5, { user: 'user-ok', password: 'password-ok' })
    const waiting = await pollWhileUpdating(created)
    expect(waiting.status).toBe('WAITING_USER_INPUT')
    expect(waiting.parameter).toMatchObject({ name: 'token', type: 'number' })
    expect(waiting.parameter?.expiresAt).toBeInstanceOf(Date)

    const answered = await client.updateItemMFA(waiting.id, { token: '123456' })
    expect(answered.status).toBe('UPDATING')
    expect((await pollWhileUpdating(answered)).executionStatus).toBe('SUCCESS')
  })

  it('rejects with the API error body, as the SDK does against Pluggy', async () => {
    const invalid = await rejection(client.createItem(8, { user: 'abc', password: 'abc' }))
    expect(invalid).toMatchObject({ code: 400, details: expect.any(Array) })
    expect(await rejection(client.fetchItem('00000000-0000-0000-0000-000000000000'))).toMatchObject(
      { code: 404 },
    )
  })

  it('creates connect tokens and deletes items (then 404)', async () => {
    const item = await client.createItem(0, { user: 'user-ok', password: 'password-ok' })
    const { accessToken } = await client.createConnectToken(item.id, { clientUserId: 'u' })
    expect(accessToken.split('.')).toHaveLength(3)
    await expect(client.deleteItem(item.id)).resolves.toBeUndefined()
    expect(await rejection(client.fetchItem(item.id))).toMatchObject({ code: 404 })
  })

  it('needs 200 on DELETE: with the consent page’s 204 the SDK rejects', async () => {
    const item = await client.createItem(0, { user: 'user-ok', password: 'password-ok' })
    sandbox.configure({ deleteStatus: 204 })
    try {
      await expect(client.deleteItem(item.id)).rejects.toBeUndefined()
    } finally {
      sandbox.configure({ deleteStatus: 200 })
    }
  })
})

describe('pluggy-sdk: connecting a new bank (fetchConnectors, createItem, validateParameters)', () => {
  it('fetchConnectors with every filter (the SDK joins lists with commas)', async () => {
    const names = async (filters: Parameters<PluggyClientType['fetchConnectors']>[0]) =>
      (await client.fetchConnectors(filters)).results.map((c) => c.name)
    expect(
      await names({
        name: 'itau',
        countries: ['BR'],
        types: ['PERSONAL_BANK', 'BUSINESS_BANK'],
        isOpenFinance: true,
        sandbox: false,
      }),
    ).toEqual(['Itaú Open Finance', 'Itaú Empresas Open Finance'])
    expect(await names({ countries: ['MX'] })).toEqual(['BBVA México'])
    const page = await client.fetchConnectors({ types: ['BUSINESS_BANK'] })
    expect(page.total).toBe(page.results.length)
    expect(page.results.every((c) => c.type === 'BUSINESS_BANK')).toBe(true)
    expect(page.results[0]?.createdAt).toBeInstanceOf(Date)
  })

  it('createItem with every option; avoidDuplicates answers ITEM_USER_ALREADY_EXISTS with the ids', async () => {
    const options = {
      webhookUrl: 'https://host.example/hooks',
      clientUserId: 'contract-dup',
      products: ['ACCOUNTS', 'TRANSACTIONS'] as ['ACCOUNTS', 'TRANSACTIONS'],
      oauthRedirectUri: 'https://host.example/back',
      avoidDuplicates: true,
    }
    const first = await client.createItem(0, { user: 'user-ok', password: 'password-ok' }, options)
    expect(first).toMatchObject({
      clientUserId: 'contract-dup',
      webhookUrl: 'https://host.example/hooks',
      products: ['ACCOUNTS', 'TRANSACTIONS'],
    })
    const again = await rejection(
      client.createItem(0, { user: 'user-ok', password: 'password-ok' }, options),
    )
    expect(again).toMatchObject({
      code: 400,
      codeDescription: 'ITEM_USER_ALREADY_EXISTS',
      items: [first.id],
    })
  })

  it("createItem on Pluggy Bank with short credentials: the rules of Pluggy's errors page", async () => {
    const invalid = await rejection(client.createItem(0, { user: 'abc', password: 'abc' }))
    expect(invalid).toMatchObject({
      code: 400,
      details: [
        { code: '002', parameter: 'user', message: 'user parameter length must be at least 6.' },
        {
          code: '002',
          parameter: 'password',
          message: 'password parameter length must be at least 6.',
        },
      ],
    })
  })

  it('createItem beyond the creation limit: 409 ITEM_CREATION_LIMIT_EXCEEDED', async () => {
    sandbox.configure({ maxItems: sandbox.listItems().length })
    try {
      expect(
        await rejection(client.createItem(0, { user: 'user-ok', password: 'password-ok' })),
      ).toMatchObject({ code: 409, codeDescription: 'ITEM_CREATION_LIMIT_EXCEEDED' })
    } finally {
      sandbox.configure({ maxItems: null })
    }
  })

  it('validateParameters: { errors[] } without creating an item', async () => {
    const before = sandbox.listItems().length
    const result = await client.validateParameters(0, { user: 'abc', password: 'password-ok' })
    expect(result.errors).toEqual([
      { code: '002', parameter: 'user', message: 'user parameter length must be at least 6.' },
    ])
    expect((await client.validateParameters(600, { cpf: '761.092.776-73' })).errors).toEqual([])
    expect(sandbox.listItems()).toHaveLength(before)
  })

  it('an Open Finance item: the consent URL in parameter.data, approved at the bank page, then synced', async () => {
    const created = await client.createItem(
      601,
      { cpf: '761.092.776-73' },
      { oauthRedirectUri: 'https://host.example/back' },
    )
    const waiting = await pollWhileUpdating(created)
    expect(waiting).toMatchObject({ status: 'WAITING_USER_INPUT', parameter: { type: 'oauth' } })
    const consentUrl = new URL(waiting.parameter?.data ?? '')
    expect(consentUrl.origin).toBe(server.url)
    const approved = await fetch(new URL('/sandbox/bank/consent', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ itemId: waiting.id, decision: 'approve' }).toString(),
      redirect: 'manual',
    })
    expect(approved.headers.get('location')).toBe(`https://host.example/back?itemId=${waiting.id}`)
    const done = await pollWhileUpdating(await client.fetchItem(waiting.id))
    expect(done).toMatchObject({ status: 'UPDATED', executionStatus: 'SUCCESS' })
  })
})
