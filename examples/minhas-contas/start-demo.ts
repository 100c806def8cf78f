// Starts the demo: the sandbox API over HTTP (playing Pluggy), the demo's items in it,
// and a Vite dev server for the page and its backend (farol/server, backend.ts, under
// /api/farol). The page reads its item ids from /demo-config.json. Used by
// `npm run demo` (serve.ts), the screenshot script and the end-to-end test.
import { fileURLToPath } from 'node:url'
import { createServer, type Plugin, type ViteDevServer } from 'vite'
import { startSandboxServer, type SandboxServer } from '../../src/testing/server'
import { createDemoBackend, DEMO_USER, OTHER_USER, type DemoBackend } from './backend'
import {
  createDemoItems,
  type CreateDemoItemsOptions,
  type DemoConfig,
  type DemoProfile,
} from './demo-connections'

export interface StartDemoOptions extends CreateDemoItemsOptions {
  /** The sandbox API's port; 0 (default) picks a free one. */
  sandboxPort?: number
  /** The page's port; 0 (default) picks a free one. */
  port?: number
  /** Fail when `port` is taken rather than take the next one. Default true. */
  strictPort?: boolean
  /** Default `127.0.0.1`. */
  host?: string
  /** One line per sandbox request (`GET /items/… 200 1ms`). Default off. */
  logRequests?: boolean
  /** Vite's log level. Default `info`. */
  logLevel?: 'info' | 'warn' | 'error' | 'silent'
  /** Watch files and hot-reload (a developer running the demo). Default true. */
  hmr?: boolean
}

export interface Demo {
  /** The page, e.g. `http://127.0.0.1:5173/`. */
  url: string
  sandbox: SandboxServer
  backend: DemoBackend
  /** An item of another user of the app: the page's user must never reach it. */
  readonly otherUserItemId: string
  vite: ViteDevServer
  /** What the page reads: the API and the item of each connection. */
  readonly config: DemoConfig
  /** Back to the starting point: a fresh sandbox and new items (of `profile`, default the started one). */
  reset(profile?: DemoProfile): DemoConfig
  close(): Promise<void>
}

const root = fileURLToPath(new URL('.', import.meta.url))

/** Serves the demo's configuration and a reset route next to the page. */
function demoRoutes(
  demo: () => { config: DemoConfig; reset(): DemoConfig; backend: DemoBackend },
): Plugin {
  return {
    name: 'minhas-contas-demo-routes',
    configureServer(server) {
      // The backend first: /api/farol/*, everything else goes on.
      server.middlewares.use((req, res, next) => void demo().backend.middleware(req, res, next))
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]
        const send = (config: DemoConfig) => {
          res.setHeader('content-type', 'application/json')
          res.setHeader('cache-control', 'no-store')
          res.end(JSON.stringify(config))
        }
        if (path === '/demo-config.json' && req.method === 'GET') {
          // Opening the page signs the demo user in (the backend's session cookie).
          demo().backend.signIn(res)
          return send(demo().config)
        }
        if (path === '/demo-reset' && req.method === 'POST') return send(demo().reset())
        next()
      })
    },
  }
}

export async function startDemo(options: StartDemoOptions = {}): Promise<Demo> {
  const host = options.host ?? '127.0.0.1'
  const sandbox = await startSandboxServer({
    port: options.sandboxPort ?? 0,
    host,
    log: options.logRequests === true,
  })
  const backend = createDemoBackend(sandbox.url)
  /** The page's origin, once Vite listens: where the sandbox sends webhooks. */
  const page: { origin?: string } = {}
  let otherUserItemId = ''
  const configFor = (profile = options.profile): DemoConfig => {
    if (page.origin) backend.registerWebhook(sandbox.sandbox, page.origin)
    otherUserItemId = sandbox.sandbox.createItem('success', { clientUserId: OTHER_USER }).id
    return {
      apiUrl: backend.handler.basePath,
      eventsUrl: `${backend.handler.basePath}/events`,
      connections: createDemoItems(sandbox.sandbox, {
        ...options,
        profile,
        clientUserId: DEMO_USER,
      }),
    }
  }
  let config = configFor()
  const controls = {
    backend,
    get config() {
      return config
    },
    reset(profile?: DemoProfile) {
      sandbox.sandbox.reset()
      config = configFor(profile)
      return config
    },
  }

  const hmr = options.hmr ?? true
  let vite: ViteDevServer
  try {
    vite = await createServer({
      configFile: `${root}vite.config.ts`,
      root,
      logLevel: options.logLevel ?? 'info',
      clearScreen: false,
      plugins: [demoRoutes(() => controls)],
      server: {
        host,
        port: options.port ?? 0,
        strictPort: options.strictPort ?? true,
        open: false,
        hmr,
        ...(hmr ? {} : { watch: null }),
      },
    })
    await vite.listen()
  } catch (error) {
    await sandbox.close()
    throw error
  }
  const url = vite.resolvedUrls?.local[0]
  if (!url) {
    await Promise.all([vite.close(), sandbox.close()])
    throw new Error('The demo server did not report its address')
  }
  // The sandbox delivers its webhooks to the backend from now on.
  page.origin = new URL(url).origin
  backend.registerWebhook(sandbox.sandbox, page.origin)

  let closed: Promise<void> | undefined
  return {
    url,
    sandbox,
    backend,
    get otherUserItemId() {
      return otherUserItemId
    },
    vite,
    get config() {
      return config
    },
    reset: (profile) => controls.reset(profile),
    close() {
      backend.close()
      closed ??= Promise.all([vite.close(), sandbox.close()]).then(() => undefined)
      return closed
    },
  }
}
