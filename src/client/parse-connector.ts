import * as v from 'valibot'
import type { Connector } from '../core'
import { connectorSchema } from '../core/parse/connector-schema'

/** A connector from the wire, or `undefined` when the body is not one. */
export function parseConnector(json: unknown): Connector | undefined {
  const result = v.safeParse(connectorSchema, json)
  return result.success ? result.output : undefined
}
