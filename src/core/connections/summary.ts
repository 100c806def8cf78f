import type { AlertLevel, Phase } from '../model'
import { deadlineOf, type ConnectionDeadline } from './deadline'
import { urgencyOf, type ConnectionEntry, type UrgencyGroup } from './urgency'

/** What a header needs to know about all of a user's connections. */
export interface ConnectionsOverview {
  total: number
  /** Not loaded yet (no guidance, no error). */
  loading: number
  /** Connections per guidance phase (loaded ones only; an unknown phase counts as `unknown`). */
  phases: Record<Phase, number>
  /** Connections per urgency group (loading counts as syncing, a load failure as failed). */
  groups: Record<UrgencyGroup, number>
  /** Connections waiting for this user's action (an answer, a login, consent). */
  needsUser: number
  failed: number
  syncing: number
  ready: number
  /** The worst alert: `internal` over `user` over `none`. */
  alert: AlertLevel
  /** The earliest MFA, device, user-action or consent expiry still ahead. */
  nextDeadline?: ConnectionDeadline
}

const PHASES: readonly Phase[] = [
  'syncing',
  'ready',
  'partial',
  'waiting-user',
  'login-error',
  'outdated',
  'unknown',
]
const ALERT_RANK: Record<string, number> = { none: 0, user: 1, internal: 2 }

const zeroes = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>

/** Counts, the worst alert and the next deadline of many connections. Never throws. */
export function summarizeConnections(
  entries: readonly ConnectionEntry[],
  now: Date = new Date(),
): ConnectionsOverview {
  const phases = zeroes(PHASES)
  const groups = zeroes(['needs-user', 'failed', 'syncing', 'ready'] as const)
  let loading = 0
  let alert: AlertLevel = 'none'
  let nextDeadline: ConnectionDeadline | undefined
  for (const entry of entries) {
    const { guidance } = entry
    groups[urgencyOf(entry)] += 1
    if (!guidance) {
      if (!entry.error) loading += 1
      continue
    }
    phases[PHASES.includes(guidance.phase) ? guidance.phase : 'unknown'] += 1
    if ((ALERT_RANK[guidance.alert] ?? 0) > ALERT_RANK[alert]!) alert = guidance.alert
    const deadline = deadlineOf(entry.itemId, guidance, now)
    if (deadline && (!nextDeadline || Date.parse(deadline.at) < Date.parse(nextDeadline.at))) {
      nextDeadline = deadline
    }
  }
  return {
    total: entries.length,
    loading,
    phases,
    groups,
    needsUser: groups['needs-user'],
    failed: groups.failed,
    syncing: groups.syncing,
    ready: groups.ready,
    alert,
    ...(nextDeadline ? { nextDeadline } : {}),
  }
}
