import { skipToken, useQuery } from '@tanstack/react-query'
import { useCallback, useEffect } from 'react'
import type { ApiProblem, Item, ItemGuidance } from '../core'
import { useFarol } from './context'
import { useDescribedItem } from './guidance-clock'
import type { GuidanceOptions } from './guidance-options'
import { problemOf } from './problem'
import { itemQueryOptions } from './query-options'
import { farolKeys } from './query-keys'
import { retainItemPoller } from './polling/poller-registry'

export interface UseItemOptions extends GuidanceOptions {
  /** `false`: read the cache only; no request, no polling. Default true. */
  enabled?: boolean
}

export interface UseItemResult {
  /** The last good item: kept through failed polls. */
  item: Item | undefined
  guidance: ItemGuidance | undefined
  /** The last request's problem; cleared by the next success. */
  error: ApiProblem | undefined
  /** No item and no error yet. */
  isLoading: boolean
  /** A request is in flight. Tracked: read it while rendering to re-render with it. */
  isFetching: boolean
  /** `item` is the last good one but the latest request failed. */
  isStale: boolean
  /** Fetch now, joining a request already in flight rather than cancelling it. */
  refetch: () => Promise<void>
}

/**
 * An item, kept fresh by the item's single poller. Any number of components
 * may call it for the same item: they share one query and one timer. A
 * component re-renders when the item or the error changes, and on each
 * request only if it reads `isFetching` while rendering.
 */
export function useItem(itemId: string | undefined, options: UseItemOptions = {}): UseItemResult {
  const { client, queryClient, events } = useFarol()
  const enabled = options.enabled !== false && Boolean(itemId)
  // Holds the item's single poller while this component is mounted.
  useEffect(() => {
    if (!enabled || !itemId) return
    return retainItemPoller({ queryClient, client, itemId, events })
  }, [client, queryClient, events, itemId, enabled])
  // Readers never fetch by themselves: the poller owns every automatic request.
  const result = useQuery(
    itemId
      ? { ...itemQueryOptions(client, itemId), enabled: false }
      : // Idle (no item): no subscription, so idle readers cost the query nothing.
        { queryKey: farolKeys.item(''), queryFn: skipToken, subscribed: false },
    queryClient,
  )
  const item = result.data
  const guidance = useDescribedItem(item, options)
  const { refetch } = result
  const refetchNow = useCallback(async () => {
    if (itemId) await refetch({ cancelRefetch: false })
  }, [itemId, refetch])

  const error = problemOf(result.error)
  return {
    item,
    guidance,
    error,
    isLoading: enabled && result.isPending,
    isStale: item !== undefined && error !== undefined,
    // Read lazily so that components which never show it do not re-render on every poll.
    get isFetching() {
      return result.isFetching
    },
    refetch: refetchNow,
  }
}
