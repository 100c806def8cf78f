import * as v from 'valibot'
import type { Connector, ConnectorCredential } from '../model'
import {
  lenientArray,
  nullableObject,
  optionalBoolean,
  optionalDate,
  optionalString,
  stringRecord,
} from './fields'

const selectOption = v.object({
  value: v.pipe(
    v.union([v.string(), v.number()]),
    v.transform((value) => String(value)),
  ),
  label: v.fallback(v.string(), ''),
})

export const credentialSchema = v.pipe(
  v.looseObject({
    name: v.string(),
    label: v.optional(v.unknown()),
    type: optionalString,
    mfa: optionalBoolean,
    data: optionalString,
    assistiveText: optionalString,
    options: lenientArray(selectOption),
    validation: optionalString,
    validationMessage: optionalString,
    placeholder: optionalString,
    optional: optionalBoolean,
    instructions: optionalString,
    expiresAt: optionalDate,
  }),
  v.transform((raw): ConnectorCredential => {
    const { label, ...rest } = raw
    return dropUndefined({ ...rest, label: typeof label === 'string' ? label : raw.name })
  }),
)

const healthSchema = v.looseObject({
  status: v.string(),
  stage: v.fallback(v.nullish(v.string(), null), null),
  details: v.fallback(
    v.optional(
      v.object({
        connectionRateLast6Hours: v.fallback(v.nullable(v.number()), null),
        connectionsLast6Hours: v.fallback(v.nullable(v.number()), null),
        error: optionalString,
      }),
    ),
    undefined,
  ),
})

export const connectorSchema = v.pipe(
  v.looseObject({
    id: v.pipe(v.union([v.number(), v.pipe(v.string(), v.regex(/^\d+$/))]), v.transform(Number)),
    name: v.fallback(v.string(), ''),
    institutionUrl: optionalString,
    imageUrl: optionalString,
    primaryColor: optionalString,
    type: optionalString,
    country: optionalString,
    credentials: lenientArray(credentialSchema),
    hasMFA: optionalBoolean,
    oauth: optionalBoolean,
    oauthUrl: optionalString,
    health: v.pipe(
      nullableObject(healthSchema),
      v.transform((value) => value ?? undefined),
    ),
    isOpenFinance: optionalBoolean,
    isSandbox: optionalBoolean,
    resetPasswordUrl: optionalString,
    products: lenientArray(v.string()),
    createdAt: optionalDate,
    updatedAt: optionalDate,
  }),
  v.transform((raw) => dropUndefined(raw) as Connector),
)

export const attributesSchema = stringRecord

/** Leaves out keys whose value is `undefined`, so parsed items stay compact and JSON-equal. */
export function dropUndefined<T extends object>(value: T): T {
  const out = {} as T
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] !== undefined) out[key] = value[key]
  }
  return out
}
