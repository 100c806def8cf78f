import type { ApiProblem } from '../model'
import { collectFieldErrors, FORM_ERROR_KEY } from './field-errors'
import { readBody, capText, isRecord } from './read-body'
import type { ErrorBody } from './read-body'
import { retryAfterMs } from './retry-after'
import type { HeadersLike } from './retry-after'
import { reasonForCode, reasonForMessage, rejectionRetryAt } from './update-rejection'

type ProblemBase = Pick<ApiProblem, 'status' | 'message' | 'code' | 'errorId'>

/**
 * Classifies a failed Pluggy API response (or a network fault: `status` 0).
 * Never throws. Pluggy's stable `codeDescription` decides before the HTTP
 * status, so an update rejection is `update-rejected` whether it came as 409
 * or 400.
 *
 * - `ITEM_USER_ALREADY_EXISTS` → `duplicate-item` with the existing item ids;
 *   `ITEM_CREATION_LIMIT_EXCEEDED` → `creation-limit`; a connector OFFLINE
 *   (code naming OFFLINE, or a code-less 400 saying "offline") →
 *   `connector-offline`.
 * - 400/422 → `validation`; `details[]` and `errors[]` entries are merged by
 *   `parameter`; entries naming no parameter go under `FORM_ERROR_KEY` (`''`).
 * - 409 with an unknown code → `update-rejected` with the raw code as
 *   `reason`; with no code at all → `not-allowed`.
 * - 410 (deprecated endpoint) → `not-found`: the resource is not there.
 * - 408 and 5xx → `server`. Any other status (2xx, 3xx, other 4xx) →
 *   `invalid-response`: an answer farol cannot use.
 * - An HTTP-date `Retry-After` is measured from `now` (default: the clock).
 */
export function parseApiError(
  status: number,
  body: unknown,
  headers?: HeadersLike,
  now?: Date,
): ApiProblem {
  const httpStatus = Number.isInteger(status) && status >= 100 && status <= 599 ? status : 0
  try {
    return classify(httpStatus, body, headers, now)
  } catch {
    // Only a hostile body (a throwing getter, a Proxy) gets here.
    return { kind: 'invalid-response', status: httpStatus, message: 'Unreadable error response' }
  }
}

function classify(
  status: number,
  body: unknown,
  headers: HeadersLike | undefined,
  now: Date | undefined,
): ApiProblem {
  if (status === 0) return networkProblem(body)

  const read = readBody(body)
  const base: ProblemBase = { status, message: read.message ?? `HTTP ${status}` }
  if (read.code !== undefined) base.code = read.code
  if (read.errorId !== undefined) base.errorId = read.errorId

  const rejection =
    reasonForCode(read.code) ??
    (read.code === undefined && (status === 400 || status === 409)
      ? reasonForMessage(read.message)
      : undefined)
  if (rejection !== undefined) {
    const retryAt = rejectionRetryAt(rejection, read.message, read.data)
    return retryAt === undefined
      ? { ...base, kind: 'update-rejected', reason: rejection }
      : { ...base, kind: 'update-rejected', reason: rejection, retryAt }
  }

  switch (read.code) {
    case 'ITEM_USER_ALREADY_EXISTS':
      return { ...base, kind: 'duplicate-item', itemIds: itemIdsOf(read.items) }
    case 'ITEM_CREATION_LIMIT_EXCEEDED':
      return { ...base, kind: 'creation-limit' }
    case 'CONNECTOR_REQUIRED_PARAMETER_VALIDATION_ERROR':
      return validationProblem(base, read)
    case 'CLIENT_KEYS_UNAUTHORIZED':
    case 'CLIENT_DISABLED':
      return { ...base, kind: 'unauthorized' }
    case 'ENDPOINT_DEPRECATED':
      return { ...base, kind: 'not-found' }
  }

  if (
    read.code?.includes('OFFLINE') ||
    (read.code === undefined && status === 400 && /\boffline\b/i.test(read.message ?? ''))
  )
    return { ...base, kind: 'connector-offline' }

  if (status === 429) {
    const nowMs = now instanceof Date && !Number.isNaN(now.getTime()) ? now.getTime() : Date.now()
    return { ...base, kind: 'rate-limited', retryAfterMs: retryAfterMs(headers, nowMs) }
  }
  if (status === 409)
    return { ...base, kind: 'update-rejected', reason: read.code ?? 'not-allowed' }
  if (status === 400 || status === 422) return validationProblem(base, read)
  if (status === 401) return { ...base, kind: 'unauthorized' }
  if (status === 403) return { ...base, kind: 'forbidden' }
  if (status === 404 || status === 410) return { ...base, kind: 'not-found' }
  if (status === 408 || status >= 500) return { ...base, kind: 'server' }
  return { ...base, kind: 'invalid-response' }
}

// "The parameter {parameter} is required to be renewed for item update"
const REQUIRED_PARAMETER = /parameter\s+['"`]?([\w.-]+)['"`]?\s+is required/i

function validationProblem(base: ProblemBase, read: ErrorBody): ApiProblem {
  const fieldErrors = collectFieldErrors(read.entries)
  if (Object.keys(fieldErrors).length === 0 && read.message !== undefined) {
    const parameter = read.message.match(REQUIRED_PARAMETER)?.[1] ?? FORM_ERROR_KEY
    return {
      ...base,
      kind: 'validation',
      fieldErrors: Object.fromEntries([[parameter, [read.message]]]),
    }
  }
  return { ...base, kind: 'validation', fieldErrors }
}

/** Item ids as strings or `{ id }` objects; at most 100, each at most 200 characters. */
function itemIdsOf(items: unknown): string[] {
  return (Array.isArray(items) ? items.slice(0, 100) : [])
    .map((entry: unknown) => capText(isRecord(entry) ? entry.id : entry, 200))
    .filter((id): id is string => id !== undefined)
}

function networkProblem(cause: unknown): ApiProblem {
  const error = isRecord(cause) ? cause : undefined
  const message = capText(error?.message) ?? capText(cause) ?? 'Network error'
  return error?.name === 'TimeoutError'
    ? { kind: 'network', status: 0, message, timedOut: true }
    : { kind: 'network', status: 0, message }
}
