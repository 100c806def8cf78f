// Secrets never leave: after a session of ordinary use, failures and attacks, the API
// key, the client secret, the webhook secret, connect tokens and typed credentials
// appear in no response (but the one that mints the token), no log line, no console output.
import { afterAll, beforeAll, expect, it, vi } from 'vitest'
import { postWebhook, startStack, type Stack } from './harness'

let stack: Stack
const captured: string[] = []
const TYPED_PASSWORD = 'typed-password-Zq81'
const TYPED_MFA = '918273'

beforeAll(async () => {
  for (const method of ['log', 'warn', 'error', 'info', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      captured.push(args.map(String).join(' '))
    })
  }
  stack = await startStack({}, { timeoutMs: 200 })
})
afterAll(async () => {
  vi.restoreAllMocks()
  await stack.close()
})

async function record(response: Response): Promise<void> {
  const headers = [...response.headers.entries()].map(([k, v]) => `${k}: ${v}`).join('\n')
  captured.push(`${response.status}\n${headers}\n${await response.text()}`)
}

it('no secret in any response, log line or console output', async () => {
  const { sandbox } = stack.pluggy
  // The one response that carries a connect token: read, not recorded.
  const minted = await stack.as('ana', '/connect-token', { method: 'POST' })
  const { accessToken } = (await minted.json()) as { accessToken: string }
  stack.backend.secrets.add(accessToken)

  const item = sandbox.createItem('mfa-number', { clientUserId: 'ana', stepMs: 1 })
  const calls: Array<[string | null, string, RequestInit?]> = [
    ['ana', `/items/${item.id}`],
    ['bruno', `/items/${item.id}`],
    [
      'ana',
      `/items/${item.id}`,
      {
        method: 'PATCH',
        body: JSON.stringify({ parameters: { user: 'user-ok', password: TYPED_PASSWORD } }),
      },
    ],
    [
      'ana',
      `/items/${item.id}/mfa`,
      { method: 'POST', body: JSON.stringify({ token: TYPED_MFA }) },
    ],
    [
      'ana',
      '/items',
      {
        method: 'POST',
        body: JSON.stringify({
          connectorId: 0,
          parameters: { user: 'x', password: TYPED_PASSWORD },
        }),
      },
    ],
    [
      'ana',
      '/items',
      {
        method: 'POST',
        body: JSON.stringify({ connectorId: 0, parameters: { password: TYPED_PASSWORD } }),
      },
    ],
    ['ana', '/items', { method: 'POST', body: `{"parameters":{"password":"${TYPED_PASSWORD}"` }],
    ['ana', '/connectors'],
    [null, '/items/x'],
    ['ana', '/items/..%2Fauth'],
  ]
  for (const [user, path, init] of calls) await record(await stack.as(user, path, init))
  await record(
    await postWebhook(
      stack.backend,
      { eventId: 's-1', event: 'item/updated', itemId: item.id },
      'wrong',
    ),
  )
  await record(
    await postWebhook(stack.backend, { eventId: 's-2', event: 'item/updated', itemId: item.id }),
  )

  // Pluggy failing: 429, 500, slow, malformed, dropped.
  sandbox.injectFault({ rateLimit: 0, match: 'GET /items', times: 1 })
  await record(await stack.as('ana', `/items/${item.id}`))
  sandbox.injectFault({ errorRate: 1, match: 'GET /items', times: 1 })
  await record(await stack.as('ana', `/items/${item.id}`))
  sandbox.injectFault({ latencyMs: 1000, match: 'GET /items', times: 1 })
  await record(await stack.as('ana', `/items/${item.id}`))
  sandbox.injectFault({ malformedJson: true, match: 'GET /items', times: 1 })
  await record(await stack.as('ana', `/items/${item.id}`))
  sandbox.injectFault({ dropConnection: true, match: 'GET /items', times: 1 })
  await record(await stack.as('ana', `/items/${item.id}`))
  sandbox.clearFaults()

  captured.push(...stack.backend.logs)
  const output = captured.join('\n')
  expect(stack.backend.logs.length).toBeGreaterThan(0)
  // The API key the handler used was seen (the recording fetch), so the search is real.
  const secrets = [...stack.backend.secrets, TYPED_PASSWORD, TYPED_MFA]
  expect(secrets.length).toBeGreaterThanOrEqual(6)
  for (const secret of secrets) expect(output, 'a secret leaked').not.toContain(secret)
})
