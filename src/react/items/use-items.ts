import { useQueries } from '@tanstack/react-query'
import { summarizeConnections } from '../../core'
import type { ApiProblem, ConnectionsOverview, Item, ItemGuidance } from '../../core'
import { useFarol } from '../context'
import { useWakeAt } from '../guidance-clock'
import type { GuidanceOptions } from '../guidance-options'
import { problemOf } from '../problem'
import { itemQueryOptions } from '../query-options'
import { useClockedDescriber } from './use-clocked-describer'
import { useItemPollers } from './use-item-pollers'

export interface UseItemsOptions extends GuidanceOptions {
  /** `false`: read the cache only; no request, no polling. Default true. */
  enabled?: boolean
}

export interface UseItemsEntry {
  itemId: string
  /** The last good item: kept through failed polls. */
  item: Item | undefined
  guidance: ItemGuidance | undefined
  /** The last request's problem; cleared by the next success. */
  error: ApiProblem | undefined
  /** No item and no error yet. */
  isLoading: boolean
}

export interface UseItemsResult {
  /** One entry per id, in the order given. */
  items: UseItemsEntry[]
  /** Counts per phase and urgency, `needsUser`, the worst `alert`, the next deadline. */
  summary: ConnectionsOverview
}

/**
 * Many items at once, each kept fresh by its own single poller (shared with
 * every other reader of that item). Adding or removing an id starts or stops
 * only that item's poller. Guidance follows the clock, with one timer for all.
 * The calling component re-renders when any item changes: to re-render only
 * the part that shows one item, give that part `useItem(itemId)`.
 */
export function useItems(
  itemIds: readonly string[],
  options: UseItemsOptions = {},
): UseItemsResult {
  const { client, queryClient } = useFarol()
  const enabled = options.enabled !== false
  const ids = Array.isArray(itemIds) ? itemIds.filter((id) => typeof id === 'string' && id) : []
  useItemPollers(ids, enabled)
  // Readers never fetch by themselves: the pollers own every automatic request.
  const results = useQueries(
    { queries: ids.map((id) => ({ ...itemQueryOptions(client, id), enabled: false })) },
    queryClient,
  )
  const { describer, wake } = useClockedDescriber(options)
  const items = ids.map((itemId, i): UseItemsEntry => {
    const result = results[i]!
    return {
      itemId,
      item: result.data,
      guidance: describer.describe(result.data),
      error: problemOf(result.error),
      isLoading: enabled && result.isPending,
    }
  })
  useWakeAt(describer.nextChange, wake)
  const summary = summarizeConnections(items, describer.now)
  return { items, summary }
}
