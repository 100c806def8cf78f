import type { QueryClient } from '@tanstack/react-query'
import { getOrCreate } from '../../core/get-or-create'
import { ItemPoller } from './item-poller'
import type { ItemPollerConfig } from './item-poller'

interface Entry {
  poller: ItemPoller
  holders: number
}

const registries = new WeakMap<QueryClient, Map<string, Entry>>()

/**
 * Holds the item's poller (per QueryClient, per item) for one reader. The
 * first holder starts it; the release of the last stops it. Returns the
 * release function.
 */
export function retainItemPoller(config: ItemPollerConfig): () => void {
  const registry = getOrCreate(registries, config.queryClient, () => new Map<string, Entry>())
  let entry = registry.get(config.itemId)
  if (!entry) {
    entry = { poller: new ItemPoller(config), holders: 0 }
    registry.set(config.itemId, entry)
    entry.poller.start()
  }
  entry.holders += 1
  const held = entry
  let released = false
  return () => {
    if (released) return
    released = true
    held.holders -= 1
    // Stopping after a microtask lets a remount (StrictMode, a moved subtree) keep the poller.
    queueMicrotask(() => {
      if (held.holders > 0 || registry.get(config.itemId) !== held) return
      registry.delete(config.itemId)
      held.poller.stop()
    })
  }
}

/** The running poller of an item, if any reader holds one. */
export function findItemPoller(queryClient: QueryClient, itemId: string): ItemPoller | undefined {
  return registries.get(queryClient)?.get(itemId)?.poller
}

/** How many readers hold the item's poller (0: not polled). For tests and devtools. */
export function itemPollerHolders(queryClient: QueryClient, itemId: string): number {
  return registries.get(queryClient)?.get(itemId)?.holders ?? 0
}
