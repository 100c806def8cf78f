import { ApiProblemError, ItemParseError, parseItem } from '../core'
import type { Connector, Item } from '../core'
import { parseConnector } from './parse-connector'
import { collectFieldErrors } from '../core/api-error/field-errors'
import type { ApiResponse } from './transport'

function invalid(response: ApiResponse, message: string): Error {
  return new ApiProblemError({ kind: 'invalid-response', status: response.status, message })
}

function readJson(response: ApiResponse): unknown {
  try {
    return JSON.parse(response.text) as unknown
  } catch {
    throw invalid(response, 'Response body is not JSON')
  }
}

export function readItem(response: ApiResponse): Item {
  const json = readJson(response)
  try {
    return parseItem(json)
  } catch (error) {
    // Only the path: a parser message may quote the value it rejected.
    const at = error instanceof ItemParseError && error.path ? ` (at ${error.path})` : ''
    throw invalid(response, `Response is not a Pluggy item${at}`)
  }
}

export function readConnector(response: ApiResponse): Connector {
  const connector = parseConnector(readJson(response))
  if (!connector) throw invalid(response, 'Response is not a Pluggy connector')
  return connector
}

/** Bounds the pages followed and the connectors kept, whatever `totalPages` claims. */
const MAX_PAGES = 20
const MAX_CONNECTORS = 5_000

export interface ConnectorPage {
  connectors: Connector[]
  totalPages: number
}

/** A `GET /connectors` page (`{ results, totalPages }`, or a bare array); bad entries dropped. */
export function readConnectorPage(response: ApiResponse): ConnectorPage {
  const json = readJson(response) as { results?: unknown; totalPages?: unknown } | null
  const results: unknown = Array.isArray(json) ? json : json?.results
  if (!Array.isArray(results)) throw invalid(response, 'Response is not a page of connectors')
  const connectors: Connector[] = []
  for (const entry of results.slice(0, MAX_CONNECTORS)) {
    const connector = parseConnector(entry)
    if (connector) connectors.push(connector)
  }
  const total = Array.isArray(json) ? 1 : Number(json?.totalPages)
  return { connectors, totalPages: Number.isInteger(total) ? Math.min(total, MAX_PAGES) : 1 }
}

/** `POST /connectors/{id}/validate` → `{ errors[] }` by parameter (none: `{}`). */
export function readFieldErrors(response: ApiResponse): Record<string, string[]> {
  const json = readJson(response) as { errors?: unknown; details?: unknown } | null
  const entries = [json?.errors, json?.details].flatMap((list) => (Array.isArray(list) ? list : []))
  return collectFieldErrors(entries.slice(0, 100))
}
