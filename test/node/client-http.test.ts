// The client over real HTTP, against the sandbox server on loopback.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { getApiProblem } from '../../src/core'
import type { ApiProblem } from '../../src/core'
import { createPluggyClient } from '../../src/client'
import { SANDBOX_API_KEY, SANDBOX_CREDENTIALS, SANDBOX_MFA_TOKEN } from '../../src/testing'
import { startSandboxServer } from '../../src/testing/server'
import type { SandboxServer } from '../../src/testing/server'

let server: SandboxServer

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, sandboxOptions: { stepMs: 0 } })
})
afterAll(() => server.close())
beforeEach(() => server.sandbox.reset())

const client = (options: Parameters<typeof createPluggyClient>[0] = {}) =>
  createPluggyClient({ baseUrl: server.url, apiKey: SANDBOX_API_KEY, ...options })

async function problemOf(promise: Promise<unknown>): Promise<ApiProblem> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  const problem = getApiProblem(error)
  if (!problem) throw new Error(`expected an ApiProblemError, got ${String(error)}`)
  return problem
}

describe('createPluggyClient over HTTP', () => {
  it('reads an item, its connector, updates it and deletes it', async () => {
    const created = server.sandbox.createItem('invalid-credentials')
    const api = client()
    const item = await api.getItem(created.id)
    expect(item).toMatchObject({ id: created.id, status: 'LOGIN_ERROR' })
    expect(item.error?.code).toBe('INVALID_CREDENTIALS')

    const connector = await api.getConnector(item.connector!.id)
    expect(connector.name).toBe('Pluggy Bank')

    const updated = await api.updateItem(created.id, { parameters: { ...SANDBOX_CREDENTIALS } })
    expect(updated).toMatchObject({ status: 'UPDATED', executionStatus: 'SUCCESS' })

    await expect(api.deleteItem(created.id)).resolves.toBeUndefined()
    expect(await problemOf(api.getItem(created.id))).toMatchObject({
      kind: 'not-found',
      status: 404,
    })
  })

  it('answers MFA with POST /items/{id}/mfa', async () => {
    const created = server.sandbox.createItem('mfa-number')
    const api = client()
    expect((await api.getItem(created.id)).status).toBe('WAITING_USER_INPUT')
    const item = await api.submitMfa(created.id, { token: SANDBOX_MFA_TOKEN })
    expect(item).toMatchObject({ status: 'UPDATED', executionStatus: 'SUCCESS' })
  })

  it('classifies the sandbox errors: 400 fieldErrors, 409 already-updating, too-frequent with retryAt', async () => {
    const mfa = server.sandbox.createItem('mfa-number')
    const api = client()
    const bad = await problemOf(api.submitMfa(mfa.id, { token: '12' }))
    expect(bad.kind).toBe('validation')
    expect(bad.kind === 'validation' && Object.keys(bad.fieldErrors)).toEqual(['token'])

    const busy = await problemOf(api.updateItem(mfa.id))
    expect(busy).toMatchObject({ kind: 'update-rejected', reason: 'already-updating' })

    server.sandbox.configure({ minUpdateFrequencyHours: 24 })
    const settled = server.sandbox.createItem('outdated-error')
    const tooSoon = await problemOf(api.updateItem(settled.id))
    expect(tooSoon).toMatchObject({ kind: 'update-rejected', reason: 'too-frequent' })
    expect(tooSoon.kind === 'update-rejected' && tooSoon.retryAt).toMatch(/^\d{4}-/)
  })

  it('429 carries Retry-After', async () => {
    const created = server.sandbox.createItem('success')
    server.sandbox.injectFault({ rateLimit: 0, match: 'GET /items' })
    expect(await problemOf(client().getItem(created.id))).toMatchObject({
      kind: 'rate-limited',
      retryAfterMs: 60_000,
    })
  })

  it('5xx, malformed JSON and a dropped connection', async () => {
    const created = server.sandbox.createItem('success')
    const api = client()
    server.sandbox.injectFault({ errorRate: 1, errorStatus: 503, times: 1 })
    expect((await problemOf(api.getItem(created.id))).kind).toBe('server')
    server.sandbox.injectFault({ malformedJson: true, times: 1 })
    expect(await problemOf(api.getItem(created.id))).toMatchObject({
      kind: 'invalid-response',
      status: 200,
    })
    server.sandbox.injectFault({ dropConnection: true, times: 1 })
    expect(await problemOf(api.getItem(created.id))).toMatchObject({ kind: 'network', status: 0 })
    await expect(api.getItem(created.id)).resolves.toMatchObject({ status: 'UPDATED' })
  })

  it('a slow server times out (timeoutMs) and the socket is let go', async () => {
    const created = server.sandbox.createItem('success')
    server.sandbox.injectFault({ latencyMs: 2_000, times: 1 })
    const started = Date.now()
    const problem = await problemOf(client({ timeoutMs: 200 }).getItem(created.id))
    expect(problem).toMatchObject({ kind: 'network', timedOut: true })
    expect(Date.now() - started).toBeLessThan(1_500)
  })

  it("the caller's abort cancels the request", async () => {
    const created = server.sandbox.createItem('success')
    server.sandbox.injectFault({ latencyMs: 2_000, times: 1 })
    const controller = new AbortController()
    const pending = client().getItem(created.id, { signal: controller.signal })
    setTimeout(() => controller.abort(), 50)
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('an expired connect token: onAuthError refreshes it once and the request succeeds', async () => {
    const created = server.sandbox.createItem('success')
    let token = 'not-a-token'
    const onAuthError = vi.fn(() => {
      token = server.sandbox.issueConnectToken({ itemId: created.id })
    })
    const api = client({ apiKey: undefined, getApiKey: () => token, onAuthError })
    await expect(api.getItem(created.id)).resolves.toMatchObject({ id: created.id })
    expect(onAuthError).toHaveBeenCalledTimes(1)
    // This item's requests only: the previous test's slow request may land after the reset.
    const log = server.sandbox
      .requests()
      .filter((r) => r.path === `/items/${created.id}`)
      .map((r) => r.status)
    expect(log).toEqual([401, 200])
  })

  it('a connect token for another item: forbidden, and no secret in the error', async () => {
    const mine = server.sandbox.createItem('success')
    const other = server.sandbox.createItem('success')
    const token = server.sandbox.issueConnectToken({ itemId: mine.id })
    const error = await client({ apiKey: token })
      .getItem(other.id)
      .catch((e: unknown) => e)
    expect(getApiProblem(error)?.kind).toBe('forbidden')
    expect(`${(error as Error).message} ${JSON.stringify(getApiProblem(error))}`).not.toContain(
      token,
    )
  })

  it('ids with reserved characters are encoded, not interpreted as paths', async () => {
    const problem = await problemOf(client().getItem('../connectors/0'))
    expect(problem.kind).toBe('not-found')
    expect(server.sandbox.requests().at(-1)?.path).toBe('/items/..%2Fconnectors%2F0')
  })
})
