// toNodeHandler as connect/Express middleware: paths outside basePath go to `next`, the
// raw body is read by the handler itself, and a handler error reaches `next`.
import { createServer } from 'node:http'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createFarolHandler, toNodeHandler, type FarolHandler } from '../../src/server'
import { closeServer, listen, WEBHOOK_SECRET } from './harness'

let origin: string
let handler: FarolHandler
const passedOn: string[] = []
const logs: string[] = []
const server = createServer((req, res) => {
  void toNodeHandler(handler)(req, res, (error?: unknown) => {
    passedOn.push(`${req.url} ${error ? 'error' : 'next'}`)
    res.writeHead(error ? 500 : 200, { 'content-type': 'text/plain' }).end('host app')
  })
})

beforeAll(async () => {
  handler = createFarolHandler({
    clientId: 'c',
    clientSecret: 's',
    apiUrl: 'http://127.0.0.1:9', // never reached by these requests
    webhookSecret: WEBHOOK_SECRET,
    basePath: '/farol/',
    log: (line) => logs.push(line),
    getUser: (request) => {
      if (request.headers.get('x-boom')) throw new Error('session store down')
      return null
    },
  })
  origin = await listen(server)
})
afterAll(() => closeServer(server))

it('passes other paths to next, serves its own base path (trailing slash or not)', async () => {
  expect(await (await fetch(`${origin}/home`)).text()).toBe('host app')
  expect(await (await fetch(`${origin}/faroleiro/items/x`)).text()).toBe('host app')
  const own = await fetch(`${origin}/farol/items/x`)
  expect(own.status).toBe(401)
  expect(passedOn).toEqual(['/home next', '/faroleiro/items/x next'])
})

it('reads the raw body itself: a webhook with the secret is accepted', async () => {
  const response = await fetch(`${origin}/farol/webhooks`, {
    method: 'POST',
    headers: { 'x-farol-webhook-secret': WEBHOOK_SECRET, 'content-type': 'application/json' },
    body: JSON.stringify({ eventId: 'n-1', event: 'connector/status_updated' }),
  })
  expect(response.status).toBe(200)
})

it('a throwing getUser is a 500 without its message, never a crash', async () => {
  const response = await fetch(`${origin}/farol/items/x`, { headers: { 'x-boom': '1' } })
  expect(response.status).toBe(500)
  expect(await response.text()).not.toContain('session store down')
  expect((await fetch(`${origin}/farol/items/x`)).status).toBe(401)
  expect(logs).toEqual(['farol/server: internal error (Error) on GET /farol/items/x'])
})
