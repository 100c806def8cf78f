import { useEffect } from 'react'
import { useFarol } from './context'
import { retainItemPoller } from './polling/poller-registry'

/** Holds the item's single poller while this component is mounted. */
export function useItemPolling(itemId: string | undefined, enabled = true): void {
  const { client, queryClient, events } = useFarol()
  useEffect(() => {
    if (!enabled || !itemId) return
    return retainItemPoller({ queryClient, client, itemId, events })
  }, [client, queryClient, events, itemId, enabled])
}
