import { useMutation } from '@tanstack/react-query'
import { useCallback } from 'react'
import { getApiProblem } from '../core'
import type { ApiProblem, Item } from '../core'
import { useFarol } from './context'
import { applyMutatedItem } from './mutations/apply-item'
import { mutationState, type MutationState } from './mutations/mutation-problem'
import { Sealed, unseal } from './mutations/sealed'
import { findItemPoller } from './polling/poller-registry'
import { farolKeys } from './query-keys'

/** What a PATCH came to: the item, or "already syncing" (409 already-updating). */
type UpdateOutcome = { item: Item } | { alreadyUpdating: ApiProblem }

/** `error` is the last update's failure; a 409 already-updating is not one. */
export interface UseUpdateItemResult extends MutationState {
  /**
   * `PATCH /items/{id}`: sync again, with new credentials or the stored
   * ones. Resolves with the item (`undefined` when it was already syncing or
   * the request failed: see `error`); never rejects.
   */
  update: (parameters?: Record<string, string>) => Promise<Item | undefined>
}

export function useUpdateItem(itemId: string): UseUpdateItemResult {
  const { client, queryClient } = useFarol()
  const mutation = useMutation(
    {
      mutationKey: ['farol', 'update-item', itemId],
      // Credentials arrive sealed and leave the cache's reach here.
      mutationFn: async (sealed: Sealed<Record<string, string> | undefined>) => {
        const parameters = unseal(sealed)
        try {
          return { item: await client.updateItem(itemId, { parameters }) } as UpdateOutcome
        } catch (error) {
          const problem = getApiProblem(error)
          if (problem?.kind === 'update-rejected' && problem.reason === 'already-updating') {
            return { alreadyUpdating: problem } as UpdateOutcome
          }
          throw error
        }
      },
      onSuccess: (outcome) => {
        if ('item' in outcome) {
          applyMutatedItem(queryClient, itemId, outcome.item)
          return
        }
        findItemPoller(queryClient, itemId)?.noteAlreadyUpdating(outcome.alreadyUpdating)
        return queryClient.invalidateQueries(
          { queryKey: farolKeys.item(itemId), exact: true },
          { cancelRefetch: false },
        )
      },
      gcTime: 0,
    },
    queryClient,
  )
  const { mutateAsync } = mutation
  const update = useCallback(
    (parameters?: Record<string, string>) =>
      mutateAsync(new Sealed(parameters)).then(
        (outcome) => ('item' in outcome ? outcome.item : undefined),
        () => undefined,
      ),
    [mutateAsync],
  )
  return { update, ...mutationState(mutation) }
}
