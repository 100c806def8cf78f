// Starts the demo: the sandbox API over HTTP, the demo's items in it, and a Vite dev
// server for the page, which reads the item ids from /demo-config.json. Used by
// `npm run demo` (serve.ts), the screenshot script and the end-to-end test.
import { fileURLToPath } from 'node:url'
import { createServer, type Plugin, type ViteDevServer } from 'vite'
import { SANDBOX_API_KEY } from '../../src/testing'
import { startSandboxServer, type SandboxServer } from '../../src/testing/server'
import { createDemoItems, type CreateDemoItemsOptions, type DemoConfig } from './demo-connections'

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
  vite: ViteDevServer
  /** What the page reads: the API and the item of each connection. */
  readonly config: DemoConfig
  /** Back to the starting point: a fresh sandbox and new items. */
  reset(): DemoConfig
  close(): Promise<void>
}

const root = fileURLToPath(new URL('.', import.meta.url))

/** Serves the demo's configuration and a reset route next to the page. */
function demoRoutes(demo: () => Pick<Demo, 'config' | 'reset'>): Plugin {
  return {
    name: 'minhas-contas-demo-routes',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]
        const send = (config: DemoConfig) => {
          res.setHeader('content-type', 'application/json')
          res.setHeader('cache-control', 'no-store')
          res.end(JSON.stringify(config))
        }
        if (path === '/demo-config.json' && req.method === 'GET') return send(demo().config)
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
  const configFor = (): DemoConfig => ({
    apiUrl: sandbox.url,
    apiKey: SANDBOX_API_KEY,
    connections: createDemoItems(sandbox.sandbox, options),
  })
  let config = configFor()
  const controls = {
    get config() {
      return config
    },
    reset() {
      sandbox.sandbox.reset()
      config = configFor()
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

  let closed: Promise<void> | undefined
  return {
    url,
    sandbox,
    vite,
    get config() {
      return config
    },
    reset: () => controls.reset(),
    close() {
      closed ??= Promise.all([vite.close(), sandbox.close()]).then(() => undefined)
      return closed
    },
  }
}
