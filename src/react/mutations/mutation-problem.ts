import type { ApiProblem } from '../../core'

const NO_FIELD_ERRORS: Record<string, string[]> = Object.freeze({}) as Record<string, string[]>

export function fieldErrorsOf(problem: ApiProblem | undefined): Record<string, string[]> {
  return problem?.kind === 'validation' ? problem.fieldErrors : NO_FIELD_ERRORS
}

/** When the user may try again: the API's `retryAt`, or the end of a 429's `Retry-After`. */
export function retryAtOf(
  problem: ApiProblem | undefined,
  submittedAt: number,
): string | undefined {
  if (problem?.kind === 'update-rejected') return problem.retryAt
  if (problem?.kind === 'rate-limited' && submittedAt > 0) {
    return new Date(submittedAt + problem.retryAfterMs).toISOString()
  }
  return undefined
}
