import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { ApiProblemError, getApiProblem, type ApiProblem, type Connector } from '../../core'
import type { ConnectorFilters } from '../../core'
import { useFarol } from '../context'
import { problemOf } from '../problem'
import { CONNECTOR_STALE_TIME_MS } from '../query-options'
import { farolKeys } from '../query-keys'
import { normalizeFilters } from './normalize-filters'

export const CONNECTOR_SEARCH_DEBOUNCE_MS = 250

export interface UseConnectorsOptions {
  /** How long `name` must stay unchanged before it is searched. Default 250 ms. */
  debounceMs?: number
  /** `false`: no request. Default true. */
  enabled?: boolean
}

export interface UseConnectorsResult {
  /** The last list received: kept while the next search loads or after it fails. */
  connectors: Connector[] | undefined
  /** No list yet and a request pending. */
  isLoading: boolean
  isFetching: boolean
  /** A typed `name` not requested yet (the debounce is running). */
  isSettling: boolean
  error: ApiProblem | null
  refetch: () => void
}

const RETRYABLE = new Set(['network', 'server'])

/**
 * The institutions to connect (`GET /connectors`). Search-as-you-type makes
 * one request per settled `name`, not one per keystroke; other filters apply
 * at once. Each filter set is cached for an hour.
 */
export function useConnectors(
  filters: ConnectorFilters = {},
  options: UseConnectorsOptions = {},
): UseConnectorsResult {
  const { client, queryClient } = useFarol()
  const debounceMs = options.debounceMs ?? CONNECTOR_SEARCH_DEBOUNCE_MS
  const typed = typeof filters.name === 'string' ? filters.name.trim() : ''
  const [settled, setSettled] = useState(typed)
  useEffect(() => {
    if (typed === settled) return
    const timer = setTimeout(() => setSettled(typed), Math.max(0, debounceMs))
    return () => clearTimeout(timer)
  }, [typed, settled, debounceMs])

  // Keyed by content: a new filters object with the same values is the same search.
  const key = JSON.stringify(normalizeFilters({ ...filters, name: settled }))
  const request = useMemo(() => JSON.parse(key) as ConnectorFilters, [key])
  const result = useQuery(
    {
      queryKey: farolKeys.connectorList(request),
      queryFn: async ({ signal }) => {
        if (!client.listConnectors) {
          const message = 'The PluggyClient has no listConnectors'
          throw new ApiProblemError({ kind: 'invalid-response', status: 0, message })
        }
        const connectors = await client.listConnectors(request, { signal })
        // The list carries whole connectors: picking one needs no GET /connectors/{id}.
        for (const connector of connectors) {
          const key = farolKeys.connector(connector.id)
          if (queryClient.getQueryData(key) === undefined) queryClient.setQueryData(key, connector)
        }
        return connectors
      },
      enabled: options.enabled !== false,
      placeholderData: keepPreviousData,
      staleTime: CONNECTOR_STALE_TIME_MS,
      retry: (failures, error) => failures < 2 && RETRYABLE.has(getApiProblem(error)?.kind ?? ''),
    },
    queryClient,
  )
  // A failed search keeps the last list on screen, with the error beside it.
  const [lastGood, setLastGood] = useState<Connector[] | undefined>(undefined)
  if (result.data && result.data !== lastGood) setLastGood(result.data)
  const { refetch } = result
  const refetchNow = useCallback(() => void refetch(), [refetch])
  return {
    connectors: result.data ?? lastGood,
    isLoading: result.isPending && result.fetchStatus !== 'idle',
    isFetching: result.isFetching,
    isSettling: typed !== settled,
    error: problemOf(result.error) ?? null,
    refetch: refetchNow,
  }
}
