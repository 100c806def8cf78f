/** A bounded set of recently seen ids: the oldest are forgotten first. */
export function createSeenIds(capacity = 10_000) {
  const seen = new Set<string>()
  return {
    /** True the first time `id` is added (while it is remembered). */
    add(id: string): boolean {
      if (seen.has(id)) return false
      seen.add(id)
      if (seen.size > capacity) {
        const oldest = seen.values().next().value
        if (oldest !== undefined) seen.delete(oldest)
      }
      return true
    },
  }
}
