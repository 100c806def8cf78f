import type { Item } from '../model'
import { toConnector, toCredential } from './connector'
import {
  compact,
  finiteNumber,
  isObject,
  lenientArray,
  nullableString,
  orNull,
  optionalString,
  toIsoDate,
} from './fields'
import { ItemParseError } from './item-parse-error'
import { toItemError, toStatusDetail, toUserAction } from './item-parts'

/**
 * Turns what the API (or pluggy-sdk) gave us into an `Item`: dates as ISO
 * strings, aliases normalized, fields of the wrong type dropped. Throws
 * `ItemParseError` only when the input is not an item at all (no object, no
 * `id`, no `status`).
 */
export function parseItem(json: unknown): Item {
  if (!isObject(json) || Array.isArray(json)) {
    const got = Array.isArray(json) ? 'an array' : typeof json
    throw new ItemParseError('', `expected an object, got ${got}`)
  }
  const { id, status } = json
  if (typeof id !== 'string' || id === '') {
    throw new ItemParseError('id', 'expected a non-empty string')
  }
  if (typeof status !== 'string') throw new ItemParseError('status', 'expected a string')

  return compact(
    {
      id,
      status,
      executionStatus: optionalString(json.executionStatus),
      connector: toConnector(json.connector),
      error: orNull(json, 'error', toItemError),
      statusDetail: orNull(json, 'statusDetail', toStatusDetail),
      parameter: orNull(json, 'parameter', toCredential),
      userAction: orNull(json, 'userAction', toUserAction),
      createdAt: toIsoDate(json.createdAt),
      updatedAt: toIsoDate(json.updatedAt),
      lastUpdatedAt: orNull(json, 'lastUpdatedAt', toIsoDate),
      webhookUrl: nullableString(json.webhookUrl),
      clientUserId: nullableString(json.clientUserId),
      consecutiveFailedLoginAttempts: finiteNumber(json.consecutiveFailedLoginAttempts),
      nextAutoSyncAt:
        json.nextAutoSyncAt === undefined ? undefined : (toIsoDate(json.nextAutoSyncAt) ?? null),
      consentExpiresAt: orNull(json, 'consentExpiresAt', toIsoDate),
      autoSyncDisabledAt: orNull(json, 'autoSyncDisabledAt', toIsoDate),
      products: lenientArray(json.products, optionalString),
      oauthRedirectUri: nullableString(json.oauthRedirectUri),
    },
    json,
  )
}
