import * as v from 'valibot'
import {
  type ItemError,
  type ProductKey,
  type ProductState,
  type ProductWarning,
  type StatusDetail,
} from '../model'
import { PRODUCT_KEYS } from '../model/product-key'
import {
  codeString,
  lenientArray,
  nullableDate,
  nullableObject,
  nullableString,
  optionalDate,
  optionalNumber,
  optionalString,
  stringRecord,
} from './fields'
import { connectorSchema, credentialSchema, dropUndefined } from './connector-schema'
import { own } from '../own'

/** Spellings seen across Pluggy's SDKs for the same `statusDetail` key. */
const PRODUCT_KEY_ALIASES: Record<string, ProductKey> = {
  investmentsTransactions: 'investmentTransactions',
}

const warningSchema = v.pipe(
  v.looseObject({
    code: v.fallback(codeString, ''),
    message: v.fallback(v.string(), ''),
    providerMessage: optionalString,
  }),
  v.transform(({ code, message, providerMessage }) =>
    dropUndefined({ code, message, providerMessage }),
  ),
)

const productStateSchema = v.pipe(
  v.looseObject({
    isUpdated: v.fallback(v.boolean(), false),
    lastUpdatedAt: nullableDate,
    warnings: lenientArray(warningSchema),
  }),
  v.transform(({ isUpdated, lastUpdatedAt, warnings }): ProductState => ({
    isUpdated,
    lastUpdatedAt: lastUpdatedAt ?? null,
    warnings: (warnings ?? []) as ProductWarning[],
  })),
)

const statusDetailSchema = v.pipe(
  v.record(v.string(), v.unknown()),
  v.transform((raw): StatusDetail => {
    const detail: StatusDetail = {}
    for (const [rawKey, value] of Object.entries(raw)) {
      const key = own(PRODUCT_KEY_ALIASES, rawKey) ?? rawKey
      if (!(PRODUCT_KEYS as readonly string[]).includes(key)) continue
      // When both spellings arrive, the one with data wins over a null.
      if (detail[key as ProductKey] && value == null) continue
      detail[key as ProductKey] = v.parse(nullableObject(productStateSchema), value)
    }
    return detail
  }),
)

const errorSchema = v.pipe(
  v.looseObject({
    code: v.fallback(codeString, ''),
    message: v.fallback(v.string(), ''),
    providerMessage: optionalString,
    attributes: stringRecord,
    // Until 2023 Pluggy sent `metadata` (with `deviceNickname`) instead of `attributes`.
    metadata: stringRecord,
  }),
  v.transform(({ code, message, providerMessage, attributes, metadata }): ItemError => {
    const merged = metadata || attributes ? { ...metadata, ...attributes } : undefined
    return dropUndefined({ code, message, providerMessage, attributes: merged })
  }),
)

const userActionSchema = v.pipe(
  v.looseObject({
    instructions: v.fallback(v.string(), ''),
    type: v.fallback(v.string(), ''),
    attributes: stringRecord,
    expiresAt: optionalDate,
  }),
  v.transform(({ instructions, type, attributes, expiresAt }) =>
    dropUndefined({ instructions, type, attributes, expiresAt }),
  ),
)

export const itemSchema = v.looseObject({
  id: v.pipe(v.string(), v.nonEmpty()),
  status: v.string(),
  executionStatus: optionalString,
  connector: v.pipe(
    nullableObject(connectorSchema),
    v.transform((value) => value ?? undefined),
  ),
  error: nullableObject(errorSchema),
  statusDetail: nullableObject(statusDetailSchema),
  parameter: nullableObject(credentialSchema),
  userAction: nullableObject(userActionSchema),
  createdAt: optionalDate,
  updatedAt: optionalDate,
  lastUpdatedAt: nullableDate,
  webhookUrl: nullableString,
  clientUserId: nullableString,
  consecutiveFailedLoginAttempts: optionalNumber,
  nextAutoSyncAt: v.pipe(
    v.optional(v.unknown()),
    v.transform((value) => (value === undefined ? undefined : (toIso(value) ?? null))),
  ),
  consentExpiresAt: nullableDate,
  autoSyncDisabledAt: nullableDate,
  products: lenientArray(v.string()),
  oauthRedirectUri: nullableString,
})

function toIso(value: unknown) {
  return v.parse(optionalDate, value)
}
