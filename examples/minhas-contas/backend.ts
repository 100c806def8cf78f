// The demo's backend: farol/server on node, between the page and the sandbox playing
// Pluggy. The browser holds no key: it talks to /api/farol on its own origin, as the
// signed-in demo user (a cookie), and receives its items' updates over Server-Sent
// Events. The sandbox delivers its webhooks here, with the shared secret in a header.
import { randomBytes } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import {
  createFarolHandler,
  toNodeHandler,
  DEFAULT_WEBHOOK_HEADER,
  type FarolHandler,
  type NodeHandler,
} from '../../src/server'
import { SANDBOX_API_KEY, type Sandbox } from '../../src/testing'

/** The signed-in demo user; their items are the page's connections. */
export const DEMO_USER = 'ana'
/** Another user of the same app: their item exists in the sandbox, the page never sees it. */
export const OTHER_USER = 'bruno'
export const USER_COOKIE = 'minhas-contas-user'

export interface DemoBackend {
  handler: FarolHandler
  /** `handler` for node:http / connect (Vite's dev server): other paths go to `next`. */
  middleware: NodeHandler
  /** "Signs in" the demo user: the session cookie the backend reads. */
  signIn(res: ServerResponse): void
  /** Registers the backend's webhook with the sandbox (again after a reset). */
  registerWebhook(sandbox: Sandbox, origin: string): void
  close(): void
}

function userOf(cookieHeader: string | null): { id: string } | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, value] = part.trim().split('=')
    if (name === USER_COOKIE && value) return { id: decodeURIComponent(value) }
  }
  return null
}

export function createDemoBackend(pluggyUrl: string): DemoBackend {
  // A fresh secret per run: the sandbox learns it from the registration below.
  const webhookSecret = randomBytes(24).toString('hex')
  const handler = createFarolHandler({
    // The sandbox accepts any client id and secret; a real host reads them from its env.
    clientId: 'minhas-contas-demo',
    clientSecret: randomBytes(24).toString('hex'),
    apiUrl: pluggyUrl,
    getUser: (request) => userOf(request.headers.get('cookie')),
    webhookSecret,
  })
  return {
    handler,
    middleware: toNodeHandler(handler),
    signIn(res) {
      res.setHeader('set-cookie', `${USER_COOKIE}=${DEMO_USER}; Path=/; HttpOnly; SameSite=Strict`)
    },
    registerWebhook(sandbox, origin) {
      // What a host does once in Pluggy's dashboard or with POST /webhooks.
      const response = sandbox.handle({
        method: 'POST',
        path: '/webhooks',
        headers: { 'x-api-key': SANDBOX_API_KEY },
        body: {
          event: 'all',
          url: `${origin}${handler.basePath}/webhooks`,
          headers: { [DEFAULT_WEBHOOK_HEADER]: webhookSecret },
        },
      })
      if (response.status !== 200) throw new Error(`Webhook registration: ${response.status}`)
    },
    close: () => handler.close(),
  }
}
