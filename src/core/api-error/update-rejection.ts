import type { UpdateRejectionReason } from '../model'

/** Pluggy's create/update rejection codes (`codeDescription`), whatever the HTTP status. */
const REASON_BY_CODE: Readonly<Record<string, UpdateRejectionReason>> = {
  ITEM_ALREADY_UPDATING: 'already-updating',
  CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY: 'too-frequent',
  TOO_MANY_CONSECUTIVE_ERRORS: 'too-many-errors',
  TOO_MANY_CONSECUTIVE_LOGIN_FAILURES: 'too-many-login-failures',
  PARAMETERS_NOT_PROVIDED: 'parameters-not-provided',
  // Sic: Pluggy's spelling. The corrected one too, should they fix it.
  MFA_PARAMERTER_WAS_ALREADY_USED_ERROR: 'mfa-already-used',
  MFA_PARAMETER_WAS_ALREADY_USED_ERROR: 'mfa-already-used',
  CLIENT_HAS_ITEM_UPDATES_DISABLED: 'updates-disabled',
  SANDBOX_CLIENT_ITEM_UPDATE_NOT_ALLOWED: 'not-allowed',
  CREATE_ITEMS_API_FREE_DISABLED: 'not-allowed',
  ITEM_IS_ALREADY_UPDATING: 'same-credentials-updating',
}

export function reasonForCode(code: string | undefined): UpdateRejectionReason | undefined {
  return code !== undefined && Object.hasOwn(REASON_BY_CODE, code)
    ? REASON_BY_CODE[code]
    : undefined
}

/** For bodies with no code (older API, Java SDK fixtures, MeuPluggy items): the message. */
export function reasonForMessage(message: string | undefined): UpdateRejectionReason | undefined {
  if (message === undefined) return undefined
  if (/already in progress|already updating/i.test(message)) return 'already-updating'
  if (/allowed at most every/i.test(message)) return 'too-frequent'
  if (/can'?t be updated|cannot be updated/i.test(message)) return 'not-allowed'
  return undefined
}

const HOUR_MS = 3_600_000

/** `undefined` for an invalid time: toISOString would throw beyond ±8.64e15 ms. */
function isoFromMs(ms: number | undefined): string | undefined {
  const date = new Date(ms ?? NaN)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

function dateMs(value: unknown): number | undefined {
  if (value instanceof Date) return value.getTime()
  if (typeof value !== 'string' || value.length > 100) return undefined
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? undefined : ms
}

function positiveNumber(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined
}

// "…allowed at most every 24 hours. Last update was at 2026-07-20T10:00:00.000Z"
const EVERY_HOURS = /every\s+(\d+(?:\.\d+)?)\s*hours?/i
const ISO_DATE_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?/

/** When the API will accept the update again, when the body says enough to know. */
export function rejectionRetryAt(
  reason: UpdateRejectionReason,
  message: string | undefined,
  data: Record<string, unknown> = {},
): string | undefined {
  if (reason === 'too-many-login-failures') return isoFromMs(dateMs(data.canRetryAfterDate))
  if (reason !== 'too-frequent') return undefined

  const hours =
    positiveNumber(data.minUpdateFrequencyAllowedInHours) ??
    positiveNumber(message?.match(EVERY_HOURS)?.[1])
  const last =
    dateMs(data.lastUpdatedAt) ?? dateMs(data.lastUpdateDate) ?? lastUpdateInMessage(message)
  return hours === undefined || last === undefined ? undefined : isoFromMs(last + hours * HOUR_MS)
}

function lastUpdateInMessage(message: string | undefined): number | undefined {
  const match = message?.match(ISO_DATE_TIME)
  if (!match) return undefined
  // Pluggy writes UTC; without a zone Date.parse would use the host's local time.
  return dateMs(match[1] === undefined ? `${match[0]}Z` : match[0])
}
