import { urgencyRank, type ConnectionEntry } from './urgency'

/**
 * The item ids, most urgent first (needs the user, failed, syncing, ready).
 * Stable: within a group, connections keep the order they were given in.
 */
export function orderByUrgency(entries: readonly ConnectionEntry[]): string[] {
  return entries
    .map((entry, index) => ({ id: entry.itemId, rank: urgencyRank(entry), index }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((ranked) => ranked.id)
}
