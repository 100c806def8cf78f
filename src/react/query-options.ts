import type { DataTag, QueryFunction, QueryKey, UseQueryOptions } from '@tanstack/react-query'
import { getApiProblem, POLL_INTERVALS, type Connector, type Item } from '../core'
import type { PluggyClient } from '../client'
import { farolKeys, type ConnectorQueryKey, type ItemQueryKey } from './query-keys'

/** Mounting more readers within this window does not refetch; polling decides the rest. */
export const ITEM_STALE_TIME_MS = POLL_INTERVALS.syncing[0]?.delayMs ?? 2_000
export const CONNECTOR_STALE_TIME_MS = 60 * 60_000

/**
 * What `itemQueryOptions` / `connectorQueryOptions` return: options for `useQuery`,
 * `useSuspenseQuery`, `prefetchQuery`, `fetchQuery`…, whose `queryKey` carries the data
 * type (`queryClient.getQueryData(options.queryKey)` is typed).
 *
 * Spelled out, not inferred from `queryOptions()`: the inferred type names helpers that
 * only recent @tanstack/react-query releases export (`QueryKeyWithDataTag`, 5.102+), and
 * a host on an older 5.x checking libraries (`skipLibCheck: false`) would fail inside
 * farol's `.d.ts`. Every name here is exported by every 5.x release. `queryFn` is a plain
 * function (never `skipToken`), so the options also suit `useSuspenseQuery`.
 *
 * The objects are what `queryOptions()` would return (it returns its argument as is);
 * only the key's data tag is a cast, the one thing `queryOptions()` adds, in types only.
 */
export type FarolQueryOptions<TData, TQueryKey extends QueryKey> = Omit<
  UseQueryOptions<TData, Error, TData, TQueryKey>,
  'queryFn' | 'queryKey'
> & {
  queryKey: DataTag<TQueryKey, TData>
  queryFn?: QueryFunction<TData, TQueryKey>
  /** None: spreading these options with `select` into `queryOptions()` keeps inferring the data (5.59). */
  initialData?: undefined
}

export type ItemQueryOptions = FarolQueryOptions<Item, ItemQueryKey>
export type ConnectorQueryOptions = FarolQueryOptions<Connector, ConnectorQueryKey>

/**
 * The item query. `retry: false`: failed polls are retried by the polling
 * policy (`nextPollDelay`: backoff with jitter, `Retry-After`), not by
 * React Query's own retry loop.
 */
export function itemQueryOptions(client: PluggyClient, itemId: string): ItemQueryOptions {
  return {
    queryKey: farolKeys.item(itemId) as ItemQueryOptions['queryKey'],
    queryFn: ({ signal }) => client.getItem(itemId, { signal }),
    retry: false,
    staleTime: ITEM_STALE_TIME_MS,
  }
}

const RETRYABLE = new Set(['network', 'server'])

/** Connector metadata barely changes: cached for an hour, transient failures retried twice. */
export function connectorQueryOptions(
  client: PluggyClient,
  connectorId: number | string,
): ConnectorQueryOptions {
  return {
    queryKey: farolKeys.connector(connectorId) as ConnectorQueryOptions['queryKey'],
    queryFn: ({ signal }) => client.getConnector(connectorId, { signal }),
    staleTime: CONNECTOR_STALE_TIME_MS,
    gcTime: CONNECTOR_STALE_TIME_MS,
    retry: (failures, error) => failures < 2 && RETRYABLE.has(getApiProblem(error)?.kind ?? ''),
  }
}
