import { URGENCY_GROUPS, urgencyRank, type ConnectionEntry } from './urgency'

/**
 * The item ids, most urgent first (needs the user, failed, syncing, ready).
 * Stable: within a group, connections keep the order they were given in.
 */
export function orderByUrgency(entries: readonly ConnectionEntry[]): string[] {
  // One bucket per group, filled in the given order: stable, and linear in the count.
  const groups: string[][] = URGENCY_GROUPS.map(() => [])
  for (const entry of entries) groups[urgencyRank(entry)]!.push(entry.itemId)
  return groups.flat()
}
