import type { Open } from './open'

export type UpdateRejectionReason = Open<
  | 'already-updating'
  | 'too-frequent'
  | 'too-many-errors'
  | 'too-many-login-failures'
  | 'parameters-not-provided'
  | 'mfa-already-used'
  | 'updates-disabled'
  | 'not-allowed'
  | 'same-credentials-updating'
>

interface ProblemBase {
  /** HTTP status, 0 for network faults. */
  status: number
  /** A message for developers (never credentials); not for end users. */
  message: string
  /** Pluggy's stable `codeDescription`, when present. */
  code?: string
  errorId?: string
}

/** Every failure of the Pluggy API, classified. Tagged on `kind`. */
export type ApiProblem =
  | (ProblemBase & { kind: 'validation'; fieldErrors: Record<string, string[]> })
  | (ProblemBase & { kind: 'update-rejected'; reason: UpdateRejectionReason; retryAt?: string })
  | (ProblemBase & { kind: 'rate-limited'; retryAfterMs: number })
  | (ProblemBase & { kind: 'unauthorized' })
  | (ProblemBase & { kind: 'forbidden' })
  | (ProblemBase & { kind: 'not-found' })
  | (ProblemBase & { kind: 'server' })
  | (ProblemBase & { kind: 'network'; timedOut?: boolean })
  | (ProblemBase & { kind: 'invalid-response' })

export type ApiProblemKind = ApiProblem['kind']
