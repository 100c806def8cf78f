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
  /** `ITEM_USER_ALREADY_EXISTS` (`avoidDuplicates`): the user's existing items for those credentials. */
  | (ProblemBase & { kind: 'duplicate-item'; itemIds: string[] })
  /** 409 `ITEM_CREATION_LIMIT_EXCEEDED`: no more items may be created. */
  | (ProblemBase & { kind: 'creation-limit' })
  /**
   * The connector's health is OFFLINE and the API refuses it (400). Read from a
   * `codeDescription` naming OFFLINE, or, with no code, a 400 whose message says
   * "offline" (Pluggy documents the 400 but not its code). Any other 400 stays
   * `validation`.
   */
  | (ProblemBase & { kind: 'connector-offline' })

export type ApiProblemKind = ApiProblem['kind']
