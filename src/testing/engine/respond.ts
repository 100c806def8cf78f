import { JSON_HEADERS, type ApiErrorFactory } from './api-errors'
import type { SandboxResponse } from './http-types'

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): SandboxResponse {
  return { status, headers: { ...JSON_HEADERS, ...headers }, body }
}

export function apiError(
  errors: ApiErrorFactory,
  status: number,
  message: string,
  extra?: Parameters<ApiErrorFactory['body']>[2],
): SandboxResponse {
  return json(status, errors.body(status, message, extra))
}

/** Pluggy's 429 body, verbatim from its docs. */
export const TOO_MANY_REQUESTS_MESSAGE =
  'Too many requests. Please try again later (see Retry-After header in seconds)'
