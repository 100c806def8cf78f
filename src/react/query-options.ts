import { queryOptions } from '@tanstack/react-query'
import { getApiProblem, POLL_INTERVALS } from '../core'
import type { PluggyClient } from '../client'
import { farolKeys } from './query-keys'

/** Mounting more readers within this window does not refetch; polling decides the rest. */
export const ITEM_STALE_TIME_MS = POLL_INTERVALS.syncing[0]?.delayMs ?? 2_000
export const CONNECTOR_STALE_TIME_MS = 60 * 60_000

/**
 * The item query. `retry: false`: failed polls are retried by the polling
 * policy (`nextPollDelay`: backoff with jitter, `Retry-After`), not by
 * React Query's own retry loop.
 */
export function itemQueryOptions(client: PluggyClient, itemId: string) {
  return queryOptions({
    queryKey: farolKeys.item(itemId),
    queryFn: ({ signal }) => client.getItem(itemId, { signal }),
    retry: false,
    staleTime: ITEM_STALE_TIME_MS,
  })
}

const RETRYABLE = new Set(['network', 'server'])

/** Connector metadata barely changes: cached for an hour, transient failures retried twice. */
export function connectorQueryOptions(client: PluggyClient, connectorId: number | string) {
  return queryOptions({
    queryKey: farolKeys.connector(connectorId),
    queryFn: ({ signal }) => client.getConnector(connectorId, { signal }),
    staleTime: CONNECTOR_STALE_TIME_MS,
    gcTime: CONNECTOR_STALE_TIME_MS,
    retry: (failures, error) => failures < 2 && RETRYABLE.has(getApiProblem(error)?.kind ?? ''),
  })
}
