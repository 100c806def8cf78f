import type { ApiProblem } from '../../core'
import { problemOf } from '../problem'

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

/** What both mutation hooks report about their last submit. */
export interface MutationState {
  isPending: boolean
  error: ApiProblem | undefined
  /** 400 validation messages by parameter (`''`: the form as a whole). */
  fieldErrors: Record<string, string[]>
  /** When the user may try again (too-frequent, too many login failures, 429). */
  retryAt: string | undefined
  /** When the last submit was sent (ms), 0 before any. */
  submittedAt: number
  reset: () => void
}

export function mutationState(mutation: {
  isPending: boolean
  error: unknown
  submittedAt: number
  reset: () => void
}): MutationState {
  const error = problemOf(mutation.error)
  return {
    isPending: mutation.isPending,
    error,
    fieldErrors: fieldErrorsOf(error),
    retryAt: retryAtOf(error, mutation.submittedAt),
    submittedAt: mutation.submittedAt,
    reset: mutation.reset,
  }
}
