import type {
  ItemError,
  ProductKey,
  ProductState,
  ProductWarning,
  StatusDetail,
  UserAction,
} from '../model'
import { PRODUCT_KEYS } from '../model/product-key'
import { ownValue } from '../own-value'
import {
  code,
  compact,
  isObject,
  lenientArray,
  optionalString,
  stringRecord,
  toIsoDate,
} from './fields'

/** Spellings seen across Pluggy's SDKs for the same `statusDetail` key. */
const PRODUCT_KEY_ALIASES: Record<string, ProductKey> = {
  investmentsTransactions: 'investmentTransactions',
}

function toWarning(value: unknown): ProductWarning | undefined {
  if (!isObject(value)) return undefined
  return compact({
    code: code(value.code) ?? '',
    message: optionalString(value.message) ?? '',
    providerMessage: optionalString(value.providerMessage),
  })
}

function toProductState(value: unknown): ProductState | null {
  if (!isObject(value)) return null
  return {
    isUpdated: value.isUpdated === true,
    lastUpdatedAt: toIsoDate(value.lastUpdatedAt) ?? null,
    warnings: lenientArray(value.warnings, toWarning) ?? [],
  }
}

export function toStatusDetail(value: unknown): StatusDetail | undefined {
  if (!isObject(value)) return undefined
  const detail: StatusDetail = {}
  for (const [rawKey, state] of Object.entries(value)) {
    const key = (ownValue(PRODUCT_KEY_ALIASES, rawKey) ?? rawKey) as ProductKey
    if (!PRODUCT_KEYS.includes(key)) continue
    // When both spellings arrive, the one with data wins over a null.
    if (detail[key] && state == null) continue
    detail[key] = toProductState(state)
  }
  return detail
}

export function toItemError(value: unknown): ItemError | undefined {
  if (!isObject(value)) return undefined
  const attributes = stringRecord(value.attributes)
  // Until 2023 Pluggy sent `metadata` (with `deviceNickname`) instead of `attributes`.
  const metadata = stringRecord(value.metadata)
  return compact({
    code: code(value.code) ?? '',
    message: optionalString(value.message) ?? '',
    providerMessage: optionalString(value.providerMessage),
    attributes: metadata || attributes ? { ...metadata, ...attributes } : undefined,
  })
}

export function toUserAction(value: unknown): UserAction | undefined {
  if (!isObject(value)) return undefined
  return compact({
    instructions: optionalString(value.instructions) ?? '',
    type: optionalString(value.type) ?? '',
    attributes: stringRecord(value.attributes),
    expiresAt: toIsoDate(value.expiresAt),
  })
}
