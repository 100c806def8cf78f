/** A request as the adapters (MSW, node:http) or a test hand it to the engine. */
export interface SandboxRequest {
  method: string
  /** Path relative to the API root, e.g. `/items/abc`; may carry a `?query`. */
  path: string
  query?: Record<string, string | string[] | undefined> | URLSearchParams | string
  headers?: Record<string, string | string[] | undefined> | Headers
  /** An already-parsed JSON body. Ignored when `rawBody` is given. */
  body?: unknown
  /** The body text as received; parsed by the engine (malformed JSON → 400). */
  rawBody?: string
}

/** What the engine answers. The adapters turn it into a real response. */
export interface SandboxResponse {
  status: number
  headers: Record<string, string>
  /** A JSON-able value, or the raw text when `raw` is set (the malformed-JSON fault). */
  body: unknown
  raw?: boolean
  /** Injected latency: the adapter waits this long before answering. */
  delayMs?: number
  /** Injected fault: the adapter drops the connection instead of answering. */
  dropConnection?: boolean
}

/** The response body as text (`null` for no body), shared by every adapter. */
export function serializeBody(response: SandboxResponse): string | null {
  if (response.status === 204 || response.body === undefined) return null
  if (response.raw && typeof response.body === 'string') return response.body
  return JSON.stringify(response.body)
}
