import { ApiProblemError, ItemParseError, parseItem } from '../core'
import type { Connector, Item } from '../core'
import { parseConnector } from './parse-connector'
import { collectFieldErrors } from '../core/api-error/field-errors'
import { readBody } from '../core/api-error/read-body'
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

/** Bounds the requests, whatever `totalPages` claims. */
const MAX_PAGES = 20

/** A `GET /connectors` page (`{ results, totalPages }`, or a bare array); bad entries dropped. */
export function readConnectorPage(response: ApiResponse): [Connector[], number] {
  const json = readJson(response) as { results?: unknown; totalPages?: unknown } | null
  const results: unknown = Array.isArray(json) ? json : json?.results
  if (!Array.isArray(results)) throw invalid(response, 'Response is not a Pluggy connector list')
  const pages = Number((json as { totalPages?: unknown }).totalPages)
  return [
    results.map(parseConnector).filter((c): c is Connector => c !== undefined),
    pages > 1 ? Math.min(Math.floor(pages), MAX_PAGES) : 1,
  ]
}

/** `POST /connectors/{id}/validate` → `errors[]` (or `details[]`) by parameter; `{}`: valid. */
export function readFieldErrors(response: ApiResponse): Record<string, string[]> {
  return collectFieldErrors(readBody(response.text).entries)
}
