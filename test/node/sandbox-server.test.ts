import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createManualClock,
  createSandbox,
  SANDBOX_API_KEY,
  SANDBOX_SCENARIOS,
  type Sandbox,
} from '../../src/testing'
import { startSandboxServer, type SandboxServer } from '../../src/testing/server'
import type { Item } from '../../src/core'
import { expectWireItem } from './sandbox-helpers'

let server: SandboxServer
let sandbox: Sandbox
const lines: string[] = []

beforeAll(async () => {
  sandbox = createSandbox({ clock: createManualClock() })
  server = await startSandboxServer({ port: 0, sandbox, log: (line) => lines.push(line) })
})
afterAll(() => server.close())

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${server.url}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', 'x-api-key': SANDBOX_API_KEY, ...init.headers },
  })
const post = (path: string, body: unknown, method = 'POST') =>
  api(path, { method, body: JSON.stringify(body) })
const control = async <T = unknown>(path: string, body: unknown = {}) => {
  const response = await post(`/__sandbox${path}`, body)
  expect(response.status).toBe(200)
  return (await response.json()) as T
}

describe('startSandboxServer', () => {
  it('listens on loopback on a free port and serves the API as JSON', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
    expect(server.port).toBeGreaterThan(0)
    const response = await api('/connectors/0')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/application\/json/)
    expect(await response.json()).toMatchObject({ id: 0, name: 'Pluggy Bank' })
  })

  it.each(SANDBOX_SCENARIOS.map((s) => [s.name, s] as const))(
    'scenario %s is reachable over HTTP',
    async (name, scenario) => {
      const created = await control<Item>('/items', { scenario: name })
      expect(created.status).toBe('UPDATING')
      await control('/advance', { ms: 60_000 })
      const response = await api(`/items/${created.id}`)
      expect(response.status).toBe(200)
      const item = (await response.json()) as Item
      expect(item).toMatchObject(scenario.settles)
      expectWireItem(item)
    },
  )

  it('drives a whole flow with the control routes: create, advance, approve, complete', async () => {
    await control('/scenario', { name: 'device-authorization' })
    const created = (await (
      await post('/items', {
        connectorId: 0,
        parameters: { user: 'user-ok', password: 'password-ok' },
      })
    ).json()) as Item
    await control('/scenario', { name: null })
    await control('/advance', { ms: 5_000 })
    expect(await (await api(`/items/${created.id}`)).json()).toMatchObject({
      executionStatus: 'USER_AUTHORIZATION_PENDING',
      error: { attributes: { deviceNickname: '123456789' } },
    })
    await control(`/approve-device/${created.id}`)
    await control('/advance', { ms: 10_000 })
    expect(await (await api(`/items/${created.id}`)).json()).toMatchObject({
      executionStatus: 'SUCCESS',
    })

    const action = await control<Item>('/items', { scenario: 'user-action-qr', stepMs: 0 })
    expect(action.status).toBe('WAITING_USER_ACTION')
    await control(`/complete-user-action/${action.id}`)
    await control('/advance', { ms: 10_000 })
    const listed = (await (await api('/__sandbox/items')).json()) as Item[]
    expect(listed.map((item) => item.id)).toContain(action.id)
    expect(await (await api(`/items/${action.id}`)).json()).toMatchObject({
      executionStatus: 'SUCCESS',
    })
  })

  it('answers MFA over HTTP', async () => {
    const created = (await (
      await post('/items', {
        connectorId: 5,
        parameters: { user: 'user-ok', password: 'password-ok' },
      })
    ).json()) as Item
    await control('/advance', { ms: 5_000 })
    const waiting = (await (await api(`/items/${created.id}`)).json()) as Item
    expect(waiting.parameter?.name).toBe('token')
    const answered = await post(`/items/${created.id}/mfa`, { token: '123456' })
    expect(answered.status).toBe(200)
    await control('/advance', { ms: 10_000 })
    expect(await (await api(`/items/${created.id}`)).json()).toMatchObject({ status: 'UPDATED' })
  })

  it('control routes report errors as JSON', async () => {
    const unknown = await post('/__sandbox/scenario', { name: 'nope' })
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toMatchObject({ message: expect.stringContaining('nope') })
    expect((await post('/__sandbox/whatever', {})).status).toBe(404)
    expect((await post('/__sandbox/advance', { ms: -5 })).status).toBe(400)
    const scenarios = (await (await api('/__sandbox/scenarios')).json()) as unknown[]
    expect(scenarios).toHaveLength(SANDBOX_SCENARIOS.length)
  })
})

describe('HTTP behaviour', () => {
  it('answers CORS preflights for localhost origins (Storybook) and not for others', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/items`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-api-key',
        },
      })
    const storybook = await preflight('http://localhost:6006')
    expect(storybook.status).toBe(204)
    expect(storybook.headers.get('access-control-allow-origin')).toBe('http://localhost:6006')
    expect(storybook.headers.get('access-control-allow-methods')).toContain('PATCH')
    expect(storybook.headers.get('access-control-allow-headers')).toContain('x-api-key')
    const evil = await preflight('https://evil.example')
    expect(evil.headers.get('access-control-allow-origin')).toBeNull()

    const simple = await api('/connectors/0', { headers: { origin: 'http://127.0.0.1:5173' } })
    expect(simple.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173')
    expect(simple.headers.get('access-control-expose-headers')).toContain('retry-after')
  })

  it('unknown routes are 404 JSON; malformed bodies are 400 JSON', async () => {
    const missing = await api('/definitely/not/here')
    expect(missing.status).toBe(404)
    expect(await missing.json()).toMatchObject({ code: 404 })
    const malformed = await api('/items', { method: 'POST', body: '{"connectorId": 0,' })
    expect(malformed.status).toBe(400)
    expect(await malformed.json()).toMatchObject({ code: 400, errorId: expect.any(String) })
    const huge = await api('/items', { method: 'POST', body: 'x'.repeat(1024 * 1024 + 1) })
    expect(huge.status).toBe(413)
  })

  it('sends 429 headers over the wire', async () => {
    const remove = sandbox.injectFault({ rateLimit: 1, match: '/connectors/5' })
    await api('/connectors/5')
    const limited = await api('/connectors/5')
    remove()
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('60')
    expect(Number(limited.headers.get('ratelimit-reset'))).toBeGreaterThan(0)
  })

  it('injects latency, malformed JSON and dropped connections', async () => {
    sandbox.injectFault({ latencyMs: 60, times: 1 })
    const started = performance.now()
    expect((await api('/connectors/0')).status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(55)

    sandbox.injectFault({ malformedJson: true, times: 1 })
    await expect((await api('/connectors/0')).json()).rejects.toThrow()

    sandbox.injectFault({ dropConnection: true, times: 1 })
    await expect(api('/connectors/0')).rejects.toThrow(TypeError)
    expect((await api('/connectors/0')).status).toBe(200)
  })

  it('logs one line per request: method, path, status, ms, never bodies', async () => {
    lines.length = 0
    await post('/items', {
      connectorId: 0,
      parameters: { user: 'user-ok', password: 'top-secret-9' },
    })
    await api('/connectors?name=pluggy')
    expect(lines[0]).toMatch(/^POST \/items 200 \d+ms$/)
    expect(lines[1]).toMatch(/^GET \/connectors 200 \d+ms$/)
    expect(lines.join('\n')).not.toContain('top-secret-9')
  })
})

describe('close()', () => {
  const portIsFree = (port: number) =>
    new Promise<boolean>((resolve) => {
      const probe = createServer()
      probe.once('error', () => resolve(false))
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
    })

  it('frees the port even with open keep-alive connections and a delayed answer pending', async () => {
    const own = await startSandboxServer({ port: 0 })
    const { port } = own
    await fetch(`${own.url}/connectors/0`, { headers: { 'x-api-key': SANDBOX_API_KEY } })
    own.sandbox.injectFault({ latencyMs: 60_000 })
    const pending = fetch(`${own.url}/connectors/0`, {
      headers: { 'x-api-key': SANDBOX_API_KEY },
    }).catch((error: unknown) => error)
    await new Promise((resolve) => setTimeout(resolve, 50))
    const started = performance.now()
    await own.close()
    expect(performance.now() - started).toBeLessThan(1000)
    expect(await pending).toBeInstanceOf(TypeError)
    expect(await portIsFree(port)).toBe(true)
    const again = await startSandboxServer({ port })
    expect(again.port).toBe(port)
    await again.close()
  })
})
