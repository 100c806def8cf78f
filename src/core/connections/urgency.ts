import type { ApiProblem, ItemGuidance } from '../model'

/** Where a connection sits in a list: what the user should look at first. */
export type UrgencyGroup = 'needs-user' | 'failed' | 'syncing' | 'ready'

/** Most urgent first. */
export const URGENCY_GROUPS: readonly UrgencyGroup[] = ['needs-user', 'failed', 'syncing', 'ready']

/** One connection as the list functions see it: its guidance once described, or the problem. */
export interface ConnectionEntry {
  itemId: string
  /** Undefined while the item has not loaded (or could not be). */
  guidance?: ItemGuidance
  /** The last request's problem. */
  error?: ApiProblem
}

const USER_PHASES = new Set(['waiting-user', 'login-error'])
const FAILED_PHASES = new Set(['partial', 'outdated', 'unknown'])

/** Whether the user must act for this connection now (an answer, a login, a consent). */
export function needsUserAction(guidance: ItemGuidance | undefined): boolean {
  if (!guidance) return false
  return USER_PHASES.has(guidance.phase) || guidance.actions?.[0]?.type === 'renew-consent'
}

/**
 * The urgency group of a connection: the user must act, then failed (or could
 * not load), then syncing (or loading), then ready. Never throws.
 */
export function urgencyOf(entry: ConnectionEntry): UrgencyGroup {
  const { guidance } = entry
  if (!guidance) return entry.error ? 'failed' : 'syncing'
  if (needsUserAction(guidance)) return 'needs-user'
  if (guidance.phase === 'syncing') return 'syncing'
  if (guidance.phase === 'ready') return 'ready'
  if (FAILED_PHASES.has(guidance.phase)) return 'failed'
  // An unknown phase is data, not an error: show it with the failures.
  return 'failed'
}

/** 0 is the most urgent. */
export function urgencyRank(entry: ConnectionEntry): number {
  return URGENCY_GROUPS.indexOf(urgencyOf(entry))
}
