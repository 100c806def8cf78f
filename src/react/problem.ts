import { getApiProblem, parseApiError } from '../core'
import type { ApiProblem } from '../core'

/** Any thrown value as an `ApiProblem`; a foreign error counts as a network fault. */
export function toProblem(error: unknown): ApiProblem {
  return getApiProblem(error) ?? parseApiError(0, error)
}

export function problemOf(error: unknown): ApiProblem | undefined {
  return error === null || error === undefined ? undefined : toProblem(error)
}
