import { useEffect, useRef } from 'react'
import { useOptionalFarol } from './optional-farol'
import { retainItemPoller } from '../polling/poller-registry'

/**
 * Holds the poller of each item in `itemIds` while mounted. When the list
 * changes, only the added ids start (or join) a poller and only the removed
 * ones release theirs: the others keep polling undisturbed.
 */
export function useItemPollers(itemIds: readonly string[], enabled = true): void {
  // Nothing to poll needs no provider (presentational lists).
  const { client, queryClient, events } = useOptionalFarol(enabled && itemIds.length > 0)
  const held = useRef<{ context: unknown[]; releases: Map<string, () => void> }>(undefined)
  const key = enabled ? [...new Set(itemIds.filter(Boolean))].join('\u0000') : ''

  useEffect(() => {
    if (!queryClient || !client) return
    const context = [client, queryClient, events]
    let current = held.current
    if (current && current.context.some((value, i) => value !== context[i])) {
      for (const release of current.releases.values()) release()
      current = undefined
    }
    current ??= { context, releases: new Map() }
    held.current = current
    const wanted = new Set(key ? key.split('\u0000') : [])
    for (const [itemId, release] of current.releases) {
      if (wanted.has(itemId)) continue
      release()
      current.releases.delete(itemId)
    }
    for (const itemId of wanted) {
      if (current.releases.has(itemId)) continue
      current.releases.set(itemId, retainItemPoller({ queryClient, client, itemId, events }))
    }
  }, [key, client, queryClient, events])

  // Unmount (or StrictMode's rehearsal): release everything; the effect above retains again.
  useEffect(
    () => () => {
      const current = held.current
      held.current = undefined
      if (current) for (const release of current.releases.values()) release()
    },
    [],
  )
}
