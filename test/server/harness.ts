// Shared by the farol/server tests (not a test file): the sandbox as Pluggy over real
// HTTP, a farol/server handler in front of it on its own loopback port, a reader of
// Server-Sent Events over fetch, and a record of every secret the handler held.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  createFarolHandler,
  createMemoryBus,
  toNodeHandler,
  type FarolBus,
  type FarolHandler,
  type FarolHandlerOptions,
} from '../../src/server'
import { startSandboxServer, type SandboxServer } from '../../src/testing/server'
import type { SandboxOptions } from '../../src/testing'

export const CLIENT_ID = 'farol-test-client-id'
export const CLIENT_SECRET = 'farol-test-client-secret-7f3a9c'
export const WEBHOOK_SECRET = 'whsec-farol-test-0123456789abcdef'
/** The test host's "session": the user id in a header (a real host reads a cookie). */
export const USER_HEADER = 'x-test-user'

export interface Backend {
  /** The handler's base, e.g. `http://127.0.0.1:5000/api/farol`. */
  base: string
  origin: string
  handler: FarolHandler
  bus: FarolBus
  server: Server
  /** Every line the handler logged. */
  logs: string[]
  /** API keys and connect tokens Pluggy gave the handler, and bodies it sent. */
  secrets: Set<string>
  close(): Promise<void>
}

export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}

/** A farol/server backend in front of `apiUrl`, served by node:http through `toNodeHandler`. */
export async function startBackend(
  apiUrl: string,
  overrides: Partial<FarolHandlerOptions> = {},
): Promise<Backend> {
  const logs: string[] = []
  const secrets = new Set<string>([CLIENT_SECRET, WEBHOOK_SECRET])
  // Records what Pluggy hands out (API keys, connect tokens), to search for it later.
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init)
    const copy = response.clone()
    void copy.text().then((text) => {
      for (const match of text.matchAll(/"(apiKey|accessToken)":"([^"]+)"/g)) {
        if (match[2]) secrets.add(match[2])
      }
    })
    return response
  }
  const bus = overrides.bus ?? createMemoryBus()
  const handler = createFarolHandler({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    apiUrl,
    webhookSecret: WEBHOOK_SECRET,
    getUser: (request) => {
      const id = request.headers.get(USER_HEADER)
      return id ? { id } : null
    },
    fetch: recordingFetch,
    log: (line) => logs.push(line),
    ...overrides,
    bus,
  })
  const server = createServer(toNodeHandler(handler))
  const origin = await listen(server)
  return {
    base: `${origin}/api/farol`,
    origin,
    handler,
    bus,
    server,
    logs,
    secrets,
    async close() {
      handler.close()
      await closeServer(server)
    },
  }
}

export interface Stack {
  pluggy: SandboxServer
  backend: Backend
  /** `fetch` on the backend as `user` (none: signed out). */
  as(user: string | null, path: string, init?: RequestInit): Promise<Response>
  close(): Promise<void>
}

export async function startStack(
  sandboxOptions: SandboxOptions = {},
  overrides: Partial<FarolHandlerOptions> = {},
): Promise<Stack> {
  const pluggy = await startSandboxServer({ sandboxOptions: { stepMs: 20, ...sandboxOptions } })
  const backend = await startBackend(pluggy.url, overrides)
  return {
    pluggy,
    backend,
    as(user, path, init = {}) {
      const headers = new Headers(init.headers)
      if (user) headers.set(USER_HEADER, user)
      if (typeof init.body === 'string' && !headers.has('content-type')) {
        headers.set('content-type', 'application/json')
      }
      return fetch(`${backend.base}${path}`, { ...init, headers })
    },
    async close() {
      await backend.close()
      await pluggy.close()
    },
  }
}

export function postWebhook(
  backend: Backend,
  payload: unknown,
  secret: string | null = WEBHOOK_SECRET,
): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (secret !== null) headers['x-farol-webhook-secret'] = secret
  return fetch(`${backend.base}/webhooks`, {
    method: 'POST',
    headers,
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  })
}

export interface SseClient {
  response: Response
  /** Every `data:` payload so far, parsed. */
  events: Array<Record<string, unknown>>
  /** Every comment line so far (without the colon). */
  comments: string[]
  /** The raw text so far. */
  text(): string
  /** Resolves once `count` events arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<void>
  /** Resolves when the server ends the stream. */
  ended: Promise<void>
  close(): void
}

/** Reads a `text/event-stream` over fetch, as EventSource would (node 20 has none). */
export async function openEvents(url: string, user: string | null): Promise<SseClient> {
  const controller = new AbortController()
  const headers: Record<string, string> = { accept: 'text/event-stream' }
  if (user) headers[USER_HEADER] = user
  const response = await fetch(url, { headers, signal: controller.signal })
  const events: Array<Record<string, unknown>> = []
  const comments: string[] = []
  const waiters = new Set<() => void>()
  let raw = ''
  let pending = ''
  const ended = (async () => {
    if (!response.body) return
    const decoder = new TextDecoder()
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        const text = decoder.decode(chunk, { stream: true })
        raw += text
        pending += text
        let end: number
        while ((end = pending.indexOf('\n\n')) >= 0) {
          const block = pending.slice(0, end)
          pending = pending.slice(end + 2)
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments.push(line.slice(1).trim())
            else if (line.startsWith('data:')) {
              events.push(JSON.parse(line.slice(5)) as Record<string, unknown>)
            }
          }
        }
        for (const waiter of [...waiters]) waiter()
      }
    } catch {
      // Aborted by close().
    }
  })()
  return {
    response,
    events,
    comments,
    text: () => raw,
    ended,
    waitFor(count, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (events.length >= count) {
            waiters.delete(check)
            clearTimeout(timer)
            resolve()
          }
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`${events.length} of ${count} events after ${timeoutMs} ms`))
        }, timeoutMs)
        waiters.add(check)
        check()
      })
    },
    close: () => controller.abort(),
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
