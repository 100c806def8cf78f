import type { ConnectionsOverview, Item, ItemGuidance } from '../../core'
import type { GuidanceOptions } from '../guidance-options'
import { useConnectionsOverview } from './use-connections-overview'
import { usePresentedConnections } from './use-presented-connections'

export interface ConnectionsSourceProps {
  /** Poll these items (inside a `FarolProvider`). */
  itemIds?: readonly string[]
  /** Or present these items (no network, no provider needed). Wins over `itemIds`. */
  items?: readonly Item[]
}

export interface ConnectionsSource {
  order: string[]
  summary: ConnectionsOverview
  /** Presentational mode: the item of each row key. Undefined when polling. */
  itemsByKey: ReadonlyMap<string, Item> | undefined
  guidanceByKey: ReadonlyMap<string, ItemGuidance> | undefined
}

/** The order and summary of either polled `itemIds` or given `items`. */
export function useConnectionsSource(
  { itemIds, items }: ConnectionsSourceProps,
  options: GuidanceOptions,
): ConnectionsSource {
  const presentational = Array.isArray(items)
  const presented = usePresentedConnections(presentational ? items : undefined, options)
  const polled = useConnectionsOverview(presentational ? undefined : (itemIds ?? []), options)
  return presentational ? presented : { ...polled, itemsByKey: undefined, guidanceByKey: undefined }
}
