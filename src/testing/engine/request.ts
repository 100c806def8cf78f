import type { SandboxRequest } from './http-types'

export interface NormalizedRequest {
  method: string
  /** Without query string or trailing slash. */
  path: string
  query: URLSearchParams
  headers: Map<string, string>
  body: { ok: true; value: unknown } | { ok: false }
}

function readHeaders(headers: SandboxRequest['headers']): Map<string, string> {
  const out = new Map<string, string>()
  if (!headers) return out
  const entries: Iterable<[string, string | string[] | undefined]> =
    typeof (headers as Headers).forEach === 'function' &&
    typeof (headers as Headers).entries === 'function'
      ? (headers as Headers).entries()
      : Object.entries(headers as Record<string, string | string[] | undefined>)
  for (const [name, value] of entries) {
    if (value === undefined) continue
    out.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value)
  }
  return out
}

function readQuery(query: SandboxRequest['query'], fromPath: string): URLSearchParams {
  const params = new URLSearchParams(fromPath)
  if (query === undefined) return params
  if (typeof query === 'string' || query instanceof URLSearchParams) {
    new URLSearchParams(query).forEach((value, key) => params.append(key, value))
    return params
  }
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v)
  }
  return params
}

function readBody(request: SandboxRequest): NormalizedRequest['body'] {
  if (request.rawBody === undefined) return { ok: true, value: request.body }
  if (request.rawBody.trim() === '') return { ok: true, value: undefined }
  try {
    return { ok: true, value: JSON.parse(request.rawBody) as unknown }
  } catch {
    return { ok: false }
  }
}

export function normalizeRequest(request: SandboxRequest): NormalizedRequest {
  const [rawPath = '/', search = ''] = request.path.split('?', 2)
  let path = rawPath.startsWith('/') ? rawPath : `/${rawPath}`
  if (path.length > 1) path = path.replace(/\/+$/, '')
  return {
    method: request.method.toUpperCase(),
    path,
    query: readQuery(request.query, search),
    headers: readHeaders(request.headers),
    body: readBody(request),
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
