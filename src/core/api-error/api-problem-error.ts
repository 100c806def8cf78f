import type { ApiProblem } from '../model'
import { isRecord } from './read-body'

export function isApiProblem(value: unknown): value is ApiProblem {
  if (!isRecord(value) || typeof value.status !== 'number' || typeof value.message !== 'string') {
    return false
  }
  switch (value.kind) {
    case 'validation':
      return isRecord(value.fieldErrors)
    case 'update-rejected':
      return typeof value.reason === 'string'
    case 'rate-limited':
      return typeof value.retryAfterMs === 'number'
    case 'duplicate-item':
      return Array.isArray(value.itemIds)
    case 'unauthorized':
    case 'forbidden':
    case 'not-found':
    case 'server':
    case 'network':
    case 'invalid-response':
    case 'creation-limit':
    case 'connector-offline':
      return true
    default:
      return false
  }
}

/** What the fetch client throws: an `Error` (stack, `cause`) carrying the classified problem. */
export class ApiProblemError extends Error {
  override readonly name = 'ApiProblemError'
  readonly problem: ApiProblem

  constructor(problem: ApiProblem, options?: ErrorOptions) {
    super(problem.message, options)
    this.problem = problem
  }
}

/**
 * The problem inside anything thrown: an `ApiProblemError` (also one from
 * another copy of farol), or a bare `ApiProblem`. `undefined` otherwise.
 */
export function getApiProblem(error: unknown): ApiProblem | undefined {
  if (error instanceof ApiProblemError) return error.problem
  if (isApiProblem(error)) return error
  if (isRecord(error) && isApiProblem(error.problem)) return error.problem
  return undefined
}
