import { skipToken, useQuery } from '@tanstack/react-query'
import type { ApiProblem, Connector } from '../core'
import { useFarol } from './context'
import { problemOf } from './problem'
import { connectorQueryOptions } from './query-options'
import { farolKeys } from './query-keys'

export interface UseConnectorResult {
  connector: Connector | undefined
  error: ApiProblem | undefined
  isLoading: boolean
}

/** Connector metadata (name, logo, credentials form, health), cached for an hour. */
export function useConnector(connectorId: number | string | undefined): UseConnectorResult {
  const { client, queryClient } = useFarol()
  const known = connectorId !== undefined && connectorId !== ''
  const result = useQuery(
    known
      ? connectorQueryOptions(client, connectorId)
      : { queryKey: farolKeys.connector(''), queryFn: skipToken },
    queryClient,
  )
  return {
    connector: result.data,
    error: problemOf(result.error),
    isLoading: known && result.isPending,
  }
}
