import { getApiProblem } from '../core'
import type { Item } from '../core'
import { useFarol } from './context'
import type { MutationState } from './mutations/mutation-problem'
import { useItemMutation } from './mutations/use-item-mutation'
import { findItemPoller } from './polling/poller-registry'
import { farolKeys } from './query-keys'

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
  const [update, state] = useItemMutation<Record<string, string> | undefined>(
    itemId,
    'update-item',
    async (parameters) => {
      try {
        return await client.updateItem(itemId, { parameters })
      } catch (error) {
        const problem = getApiProblem(error)
        if (problem?.kind !== 'update-rejected' || problem.reason !== 'already-updating')
          throw error
        // Already syncing: poll as syncing and fetch the item now.
        findItemPoller(queryClient, itemId)?.noteAlreadyUpdating(problem)
        await queryClient.invalidateQueries(
          { queryKey: farolKeys.item(itemId), exact: true },
          { cancelRefetch: false },
        )
        return undefined
      }
    },
  )
  return { update, ...state }
}
