import type { IncomingMessage, ServerResponse } from 'node:http'
import { MAX_BODY_BYTES } from './read-body'
import type { FarolHandler } from './types'

/** `(req, res, next?)`: for `http.createServer` and Express (`app.use(...)`, before body parsers). */
export type NodeHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>

/** The raw body, at most one byte over the handler's limit (so it can answer 413). */
function readRaw(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      chunks.push(chunk)
      size += chunk.length
      if (size > limit) {
        req.off('data', onData)
        req.pause()
        resolve(Buffer.concat(chunks).subarray(0, limit + 1))
      }
    }
    req.on('data', onData)
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one)
  }
  return headers
}

/** Writes a web `Response` to a node response, waiting for `drain` when the client is slow. */
async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string[]> = {}
  response.headers.forEach((value, name) => {
    ;(headers[name] ??= []).push(value)
  })
  res.writeHead(response.status, headers)
  if (!response.body) {
    res.end()
    return
  }
  const reader = response.body.getReader()
  const stop = () => void reader.cancel().catch(() => {})
  res.on('close', stop)
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      if (res.destroyed) return
      if (!res.write(value)) {
        await new Promise<void>((resolve) => {
          const go = () => {
            res.off('drain', go)
            res.off('close', go)
            resolve()
          }
          res.on('drain', go)
          res.on('close', go)
        })
      }
    }
    res.end()
  } catch {
    // The stream was ended on our side (a client too slow to read): cut the connection.
    res.destroy()
  } finally {
    res.off('close', stop)
  }
}

/**
 * Adapts a `createFarolHandler` handler to `node:http` and Express. It reads
 * the raw body itself: mount it before any body parser (a parsed body cannot
 * be checked as received). Paths outside the handler's `basePath` go to
 * `next` when there is one, else 404.
 */
export function toNodeHandler(handler: FarolHandler): NodeHandler {
  return async function farolNodeHandler(req, res, next) {
    try {
      const host = req.headers.host ?? 'localhost'
      const url = new URL(req.url ?? '/', `http://${host}`)
      const base = handler.basePath
      if (next && url.pathname !== base && !url.pathname.startsWith(`${base}/`)) {
        next()
        return
      }
      const method = (req.method ?? 'GET').toUpperCase()
      const hasBody = method !== 'GET' && method !== 'HEAD'
      const raw = hasBody ? await readRaw(req, MAX_BODY_BYTES) : undefined
      const aborted = new AbortController()
      res.on('close', () => aborted.abort())
      const request = new Request(url, {
        method,
        headers: headersOf(req),
        body: raw && raw.length > 0 ? new Uint8Array(raw) : undefined,
        signal: aborted.signal,
      })
      const response = await handler(request)
      // A body we stopped reading: do not keep the connection for the next request.
      if (raw && raw.length > MAX_BODY_BYTES) res.shouldKeepAlive = false
      await writeResponse(response, res)
    } catch (error) {
      if (next) {
        next(error)
        return
      }
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ code: 500, message: 'Internal server error' }))
    }
  }
}
