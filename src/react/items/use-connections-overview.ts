import type { QueryClient } from '@tanstack/react-query'
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react'
import { orderByUrgency, summarizeConnections } from '../../core'
import type { ConnectionEntry, ConnectionsOverview, Item } from '../../core'
import { useOptionalFarol } from './optional-farol'
import { useWakeAt } from '../guidance-clock'
import { problemOf } from '../problem'
import { farolKeys } from '../query-keys'
import { useClockedDescriber } from './use-clocked-describer'
import { useItemPollers } from './use-item-pollers'
import type { UseItemsOptions } from './use-items'

export interface ConnectionsOrder {
  /** The item ids, most urgent first; stable within a group. */
  order: string[]
  summary: ConnectionsOverview
}

function sameOverview(a: ConnectionsOrder, b: ConnectionsOrder): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function readEntries(
  queryClient: QueryClient,
  ids: readonly string[],
  describe: (item: Item | undefined) => ConnectionEntry['guidance'],
): ConnectionEntry[] {
  return ids.map((itemId) => {
    const state = queryClient.getQueryState<Item>(farolKeys.item(itemId))
    return {
      itemId,
      guidance: describe(state?.data),
      error: problemOf(state?.error),
    }
  })
}

/**
 * The urgency order and the summary of many items, read from the query cache
 * and compared structurally: the caller re-renders only when the order or a
 * count changes, not when one item's details (or a poll) do. Holds each
 * item's poller, like `useItems`.
 */
export function useConnectionsOverview(
  itemIds: readonly string[] | undefined,
  options: UseItemsOptions = {},
): ConnectionsOrder {
  const active = Array.isArray(itemIds)
  const ids = useStableIds(active ? itemIds : [])
  // Polling needs the provider; a presentational caller (no ids) does not.
  const { queryClient } = useOptionalFarol(ids.length > 0)
  useItemPollers(ids, active && options.enabled !== false)
  const { describer, wake } = useClockedDescriber(options)
  const last = useRef<ConnectionsOrder>(undefined)
  const subscribe = useCallback(
    (listener: () => void) => queryClient?.getQueryCache().subscribe(listener) ?? (() => {}),
    [queryClient],
  )
  const getSnapshot = useCallback(() => {
    const entries = queryClient ? readEntries(queryClient, ids, describer.describe) : []
    const next = {
      order: orderByUrgency(entries),
      summary: summarizeConnections(entries, describer.now),
    }
    if (last.current && sameOverview(last.current, next)) return last.current
    last.current = next
    return next
  }, [queryClient, ids, describer])
  const overview = useSyncExternalStore(subscribe, getSnapshot, getSnapshot)
  useWakeAt(describer.nextChange, wake)
  return overview
}

/** The same array while its contents are the same, so hosts may pass a new array each render. */
function useStableIds(ids: readonly string[]): readonly string[] {
  const clean = ids.filter((id) => typeof id === 'string' && id !== '')
  const key = clean.join('\u0000')
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => clean, [key])
}
