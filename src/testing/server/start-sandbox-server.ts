import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { performance } from 'node:perf_hooks'
import { handleControlRequest, isControlPath } from '../control-routes'
import { createSandbox } from '../engine/create-sandbox'
import type { Sandbox, SandboxOptions } from '../engine/sandbox-types'
import { JSON_HEADERS } from '../engine/api-errors'
import { serializeBody, type SandboxRequest, type SandboxResponse } from '../engine/http-types'
import { handleBankPage, isBankPagePath } from './bank-page'
import { corsHeaders, LOCALHOST_ORIGIN, preflightHeaders, type CorsOrigins } from './cors'
import {
  startWebhookDispatcher,
  type WebhookAttempt,
  type WebhookDispatchOptions,
} from './webhook-dispatcher'

export interface SandboxServerOptions {
  /** 0 (default) picks a free port. */
  port?: number
  /** Default `127.0.0.1`: loopback only. */
  host?: string
  /** The sandbox to serve. Default: `createSandbox(sandboxOptions)`. */
  sandbox?: Sandbox
  sandboxOptions?: SandboxOptions
  /** Browser origins allowed by CORS. Default: any localhost / loopback origin. */
  corsOrigins?: CorsOrigins
  /** One line per request (`GET /items/… 200 3ms`): `true` for console.log, or your own sink. Default off. */
  log?: boolean | ((line: string) => void)
  /** Serve the `/__sandbox/*` control routes. Default true. */
  controlRoutes?: boolean
  /** Larger request bodies get 413. Default 1 MiB. */
  maxBodyBytes?: number
  /** Deliver webhooks on item transitions (`POST /webhooks`, an item's `webhookUrl`). Default on. */
  webhooks?: boolean | WebhookDispatchOptions
}

export interface SandboxServer {
  /** e.g. `http://127.0.0.1:4010`, no trailing slash. */
  url: string
  port: number
  host: string
  sandbox: Sandbox
  /** Every webhook delivery attempt so far (the latest 5000). */
  webhookAttempts(): WebhookAttempt[]
  /** Stops listening, drops every open connection and pending delayed answer. */
  close(): Promise<void>
}

function readBody(req: IncomingMessage, limit: number): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
    })
    req.on('end', () =>
      resolve(size > limit ? 'too-large' : Buffer.concat(chunks).toString('utf8')),
    )
    req.on('error', reject)
  })
}

function toSandboxRequest(req: IncomingMessage, rawBody: string): SandboxRequest {
  const url = new URL(req.url ?? '/', 'http://sandbox.invalid')
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    rawBody,
  }
}

/** Serves the sandbox over real HTTP on loopback (node only). */
export async function startSandboxServer(
  options: SandboxServerOptions = {},
): Promise<SandboxServer> {
  const host = options.host ?? '127.0.0.1'
  const sandbox = options.sandbox ?? createSandbox(options.sandboxOptions)
  const origins = options.corsOrigins ?? [LOCALHOST_ORIGIN]
  const maxBody = options.maxBodyBytes ?? 1024 * 1024
  const controlRoutes = options.controlRoutes ?? true
  const log =
    options.log === true
      ? (line: string) => console.log(line)
      : typeof options.log === 'function'
        ? options.log
        : undefined

  const sockets = new Set<Socket>()
  const timers = new Set<ReturnType<typeof setTimeout>>()
  let closing = false

  const later = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer)
        resolve()
      }, ms)
      timers.add(timer)
    })

  async function serve(req: IncomingMessage, res: ServerResponse) {
    const started = performance.now()
    const path = new URL(req.url ?? '/', 'http://sandbox.invalid').pathname
    const method = req.method ?? 'GET'
    const record = (status: number | string) =>
      log?.(`${method} ${path} ${status} ${Math.round(performance.now() - started)}ms`)
    const cors = corsHeaders(req.headers.origin, origins)

    if (method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        ...preflightHeaders(req.headers['access-control-request-headers']),
      })
      res.end()
      record(204)
      return
    }
    const rawBody = await readBody(req, maxBody)
    if (isBankPagePath(path) && rawBody !== 'too-large') {
      const url = new URL(req.url ?? '/', 'http://sandbox.invalid')
      const page = handleBankPage(sandbox, method, url.searchParams, rawBody)
      res.writeHead(page.status, page.headers)
      res.end(page.body)
      record(page.status)
      return
    }
    let response: SandboxResponse
    if (rawBody === 'too-large') {
      response = {
        status: 413,
        headers: { ...JSON_HEADERS },
        body: { code: 413, message: 'Request body too large' },
      }
    } else {
      const request = toSandboxRequest(req, rawBody)
      response =
        controlRoutes && isControlPath(path)
          ? handleControlRequest(sandbox, request)
          : sandbox.handle(request)
    }
    if (response.delayMs) await later(response.delayMs)
    if (closing) return
    if (response.dropConnection) {
      req.socket.destroy()
      record('dropped')
      return
    }
    const body = serializeBody(response)
    res.writeHead(response.status, { ...response.headers, ...cors })
    res.end(body ?? undefined)
    record(response.status)
  }

  const server = createServer((req, res) => {
    serve(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { ...JSON_HEADERS })
      res.end(JSON.stringify({ code: 500, message: 'Internal server error' }))
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const webhookOptions = options.webhooks ?? true
  const dispatcher = webhookOptions
    ? startWebhookDispatcher(sandbox, webhookOptions === true ? {} : webhookOptions)
    : undefined
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0)
  const urlHost = host.includes(':') ? `[${host}]` : host
  // Open Finance items link to this server's bank page (a sandbox passed in keeps its own).
  sandbox.serverUrl ??= `http://${urlHost}:${port}`

  return {
    url: `http://${urlHost}:${port}`,
    port,
    host,
    sandbox,
    webhookAttempts: () => dispatcher?.attempts() ?? [],
    close() {
      closing = true
      dispatcher?.stop()
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        for (const socket of sockets) socket.destroy()
      })
    },
  }
}
