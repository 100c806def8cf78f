import type { ConnectorFilters } from '../core'

/** Query keys of farol's cache entries, for hosts' `invalidateQueries`, `prefetchQuery`, etc. */
export const farolKeys = {
  all: ['farol'] as const,
  items: () => ['farol', 'item'] as const,
  item: (itemId: string) => ['farol', 'item', itemId] as const,
  connectors: () => ['farol', 'connector'] as const,
  connector: (connectorId: number | string) => ['farol', 'connector', String(connectorId)] as const,
  /**
   * A `GET /connectors` result, under `connectors()` so one invalidation covers
   * both. `useConnectors` passes the filters normalized (trimmed, lists sorted).
   */
  connectorList: (filters: ConnectorFilters = {}) =>
    ['farol', 'connector', { list: filters }] as const,
}

export type ItemQueryKey = ReturnType<typeof farolKeys.item>
export type ConnectorQueryKey = ReturnType<typeof farolKeys.connector>
export type ConnectorListQueryKey = ReturnType<typeof farolKeys.connectorList>
