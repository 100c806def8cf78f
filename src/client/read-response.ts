import { ItemParseError, parseItem } from '../core'
import type { Connector, Item } from '../core'
import { parseConnector } from './parse-connector'
import { problemError } from './transport'
import type { ApiResponse } from './transport'

function invalid(response: ApiResponse, message: string): Error {
  return problemError({ kind: 'invalid-response', status: response.status, message })
}

export function readJson(response: ApiResponse): unknown {
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
    if (error instanceof ItemParseError) {
      throw invalid(
        response,
        `Response is not a Pluggy item${error.path ? ` (at ${error.path})` : ''}`,
      )
    }
    throw invalid(response, 'Response is not a Pluggy item')
  }
}

export function readConnector(response: ApiResponse): Connector {
  const connector = parseConnector(readJson(response))
  if (!connector) throw invalid(response, 'Response is not a Pluggy connector')
  return connector
}
