/** Query keys of farol's cache entries, for hosts' `invalidateQueries`, `prefetchQuery`, etc. */
export const farolKeys = {
  all: ['farol'] as const,
  items: () => ['farol', 'item'] as const,
  item: (itemId: string) => ['farol', 'item', itemId] as const,
  connectors: () => ['farol', 'connector'] as const,
  connector: (connectorId: number | string) => ['farol', 'connector', String(connectorId)] as const,
}

export type ItemQueryKey = ReturnType<typeof farolKeys.item>
export type ConnectorQueryKey = ReturnType<typeof farolKeys.connector>
