import * as v from 'valibot'
import type { Item } from '../model'
import { dropUndefined } from './connector-schema'
import { ItemParseError } from './item-parse-error'
import { itemSchema } from './item-schema'

/**
 * Turns what the API (or pluggy-sdk) gave us into an `Item`: dates as ISO
 * strings, aliases normalized, fields of the wrong type dropped. Throws
 * `ItemParseError` only when the input is not an item at all (no object, no
 * `id`, no `status`).
 */
export function parseItem(json: unknown): Item {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ItemParseError(
      '',
      `expected an object, got ${Array.isArray(json) ? 'an array' : typeof json}`,
    )
  }
  const result = v.safeParse(itemSchema, json)
  if (!result.success) {
    const issue = result.issues[0]
    const path = issue ? (v.getDotPath(issue) ?? '') : ''
    throw new ItemParseError(path, issue?.message ?? 'invalid input')
  }
  // Unknown top-level keys are kept: they are harmless data and hosts may read them.
  return dropUndefined(result.output) as Item
}
