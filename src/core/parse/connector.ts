import type {
  Connector,
  ConnectorCredential,
  ConnectorHealth,
  CredentialSelectOption,
} from '../model'
import { safeHttpUrl, safeImageUrl } from '../describe/guards'
import { bool, code, compact, isObject, lenientArray, num, str, toIsoDate } from './fields'

function toSelectOption(value: unknown): CredentialSelectOption | undefined {
  if (!isObject(value)) return undefined
  const optionValue = code(value.value)
  return optionValue === undefined
    ? undefined
    : { value: optionValue, label: str(value.label) ?? '' }
}

/** A login-form field or MFA prompt; `undefined` without a `name`. */
export function toCredential(value: unknown): ConnectorCredential | undefined {
  if (!isObject(value) || typeof value.name !== 'string') return undefined
  const { name } = value
  return compact(
    {
      name,
      label: str(value.label) ?? name,
      type: str(value.type),
      mfa: bool(value.mfa),
      data: str(value.data),
      assistiveText: str(value.assistiveText),
      options: lenientArray(value.options, toSelectOption),
      validation: str(value.validation),
      validationMessage: str(value.validationMessage),
      placeholder: str(value.placeholder),
      optional: bool(value.optional),
      instructions: str(value.instructions),
      expiresAt: toIsoDate(value.expiresAt),
    },
    value,
  )
}

function toHealth(value: unknown): ConnectorHealth | undefined {
  if (!isObject(value) || typeof value.status !== 'string') return undefined
  const { details } = value
  return compact(
    {
      status: value.status,
      stage: str(value.stage) ?? null,
      details: isObject(details)
        ? compact({
            connectionRateLast6Hours: num(details.connectionRateLast6Hours) ?? null,
            connectionsLast6Hours: num(details.connectionsLast6Hours) ?? null,
            error: str(details.error),
          })
        : undefined,
    },
    value,
  )
}

/** A connector id arrives as a number or as a string of digits. */
function toConnectorId(value: unknown): number | undefined {
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : num(value)
}

/** The value as sent (trimmed) when `check` accepts it. */
const kept = (value: unknown, check: (value: unknown) => string | undefined) =>
  check(value) && (value as string).trim()

/**
 * A connector, or `undefined` when the value is not one (no usable `id`).
 * Institution URLs pass only as http(s) (the logo also as a `data:image/…`
 * picture): a `javascript:` or relative value is dropped.
 */
export function toConnector(value: unknown): Connector | undefined {
  const id = isObject(value) ? toConnectorId(value.id) : undefined
  if (id === undefined) return undefined
  const raw = value as Record<string, unknown>
  return compact(
    {
      id,
      name: str(raw.name) ?? '',
      institutionUrl: kept(raw.institutionUrl, safeHttpUrl),
      imageUrl: kept(raw.imageUrl, safeImageUrl),
      primaryColor: str(raw.primaryColor),
      type: str(raw.type),
      country: str(raw.country),
      credentials: lenientArray(raw.credentials, toCredential),
      hasMFA: bool(raw.hasMFA),
      oauth: bool(raw.oauth),
      oauthUrl: kept(raw.oauthUrl, safeHttpUrl),
      health: toHealth(raw.health),
      isOpenFinance: bool(raw.isOpenFinance),
      isSandbox: bool(raw.isSandbox),
      resetPasswordUrl: kept(raw.resetPasswordUrl, safeHttpUrl),
      products: lenientArray(raw.products, str),
      createdAt: toIsoDate(raw.createdAt),
      updatedAt: toIsoDate(raw.updatedAt),
    },
    raw,
  )
}
