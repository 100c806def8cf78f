import { ApiProblemError, ItemParseError, parseItem } from '../core'
import type { Connector, Item } from '../core'
import { parseConnector } from './parse-connector'
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
