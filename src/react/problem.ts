import { getApiProblem, parseApiError } from '../core'
import type { ApiProblem } from '../core'

/** Any thrown value as an `ApiProblem`; a foreign error counts as a network fault. */
export function problemOf(error: unknown): ApiProblem | undefined {
  if (error === null || error === undefined) return undefined
  return getApiProblem(error) ?? parseApiError(0, error)
}
