// Bad input never crashes: random methods, paths (encoded slashes, dots, unicode), bodies
// and users against the handler, in process, with the sandbox as Pluggy behind a fetch.
// Every answer is a known status with a JSON body, never a 500, and no user ever reads an
// item of another user.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createFarolHandler } from '../../src/server'
import { createSandbox } from '../../src/testing'
import { serializeBody } from '../../src/testing/server'

const sandbox = createSandbox({ stepMs: 0 })
const owned = {
  ana: sandbox.createItem('success', { clientUserId: 'ana' }).id,
  bruno: sandbox.createItem('mfa-number', { clientUserId: 'bruno' }).id,
}
const sandboxFetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
  const url = new URL(String(input))
  const answer = sandbox.handle({
    method: init.method ?? 'GET',
    path: url.pathname + url.search,
    headers: init.headers as Record<string, string>,
    rawBody: typeof init.body === 'string' ? init.body : '',
  })
  return new Response(serializeBody(answer), { status: answer.status, headers: answer.headers })
}) as typeof fetch

const logs: string[] = []
const handler = createFarolHandler({
  clientId: 'fuzz',
  clientSecret: 'fuzz-secret',
  apiUrl: 'https://pluggy.invalid',
  fetch: sandboxFetch,
  webhookSecret: 'fuzz-webhook-secret',
  getUser: (request) => {
    const id = request.headers.get('x-user')
    return id ? { id } : null
  },
  log: (line) => logs.push(line),
})

const KNOWN = new Set([200, 204, 400, 401, 404, 405, 409, 413, 429])
const segment = fc.oneof(
  fc.constantFrom('items', 'connectors', 'mfa', 'events', 'webhooks', 'connect-token', '0', '..'),
  fc.constantFrom('%2F', '..%2F', '%2e%2e', '%00', '%', '%zz', '..%5c', '', ' ', 'é', '\u202e'),
  fc.constant(owned.ana),
  fc.constant(owned.bruno),
  fc.string({ maxLength: 12 }),
)
const path = fc.array(segment, { maxLength: 4 }).map((parts) => parts.join('/'))
const body = fc.oneof(
  fc.constant(undefined),
  fc.string({ maxLength: 50 }),
  fc.json({ maxDepth: 3 }),
  fc.constantFrom('{"parameters":{"user":"a"}}', '{"token":"123456"}', '{"itemId":"x"}', 'null'),
)

describe('the handler under random input', () => {
  it('answers every request with a known status and JSON, never 500, never another user’s item', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE', 'PUT', 'HEAD', 'OPTIONS'),
        path,
        body,
        fc.constantFrom(null, 'ana', 'bruno', ''),
        async (method, rest, text, user) => {
          const headers: Record<string, string> = {}
          if (user !== null) headers['x-user'] = user
          let url: string
          try {
            url = new URL(`/api/farol/${rest}`, 'http://host.test').href
          } catch {
            return // not a URL a client could send
          }
          const hasBody = text !== undefined && method !== 'GET' && method !== 'HEAD'
          const response = await handler(
            new Request(url, { method, headers, ...(hasBody ? { body: text } : {}) }),
          )
          expect(KNOWN.has(response.status), `${method} ${url} → ${response.status}`).toBe(true)
          if (method === 'GET' && response.status === 200 && rest.startsWith('events')) {
            await response.body?.cancel()
            return
          }
          const answer = await response.text()
          if (method !== 'HEAD' && response.status !== 204)
            expect(() => JSON.parse(answer)).not.toThrow()
          if (response.status === 200 && user !== 'bruno')
            expect(answer).not.toContain(`"${owned.bruno}"`)
          if (response.status === 200 && user !== 'ana')
            expect(answer).not.toContain(`"${owned.ana}"`)
        },
      ),
      { numRuns: 400 },
    )
    handler.close()
    expect(logs.filter((line) => line.includes('internal error'))).toEqual([])
  })
})
