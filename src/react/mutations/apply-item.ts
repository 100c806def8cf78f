import type { QueryClient } from '@tanstack/react-query'
import type { Item } from '../../core'
import { findItemPoller } from '../polling/poller-registry'
import { farolKeys } from '../query-keys'

/** A mutation answered with the item: cache it and let polling start over. */
export function applyMutatedItem(queryClient: QueryClient, itemId: string, item: Item): void {
  findItemPoller(queryClient, itemId)?.restart()
  queryClient.setQueryData(farolKeys.item(itemId), item)
}
