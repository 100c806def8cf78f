import { useMutation } from '@tanstack/react-query'
import { useCallback, useEffect } from 'react'
import type { Item } from '../../core'
import { useFarol } from '../context'
import { findItemPoller } from '../polling/poller-registry'
import { farolKeys } from '../query-keys'
import { mutationState, type MutationState } from './mutation-problem'
import { Sealed, unseal } from './sealed'

/**
 * A mutation of one item (`update-item`, `submit-mfa`). The values travel sealed
 * and leave the cache's reach in `send`. An answered item is cached and polling
 * starts over. The returned function resolves with the item, or `undefined` when
 * there is none (the failure is in the state); it never rejects.
 */
export function useItemMutation<TValues>(
  itemId: string,
  name: string,
  send: (values: TValues | undefined) => Promise<Item | undefined>,
): [run: (values: TValues) => Promise<Item | undefined>, state: MutationState] {
  const { queryClient } = useFarol()
  const mutation = useMutation(
    {
      mutationKey: ['farol', name, itemId],
      mutationFn: (sealed: Sealed<TValues>) => send(unseal(sealed)),
      onSuccess: (item) => {
        if (!item) return
        findItemPoller(queryClient, itemId)?.restart()
        queryClient.setQueryData(farolKeys.item(itemId), item)
      },
      gcTime: 0,
    },
    queryClient,
  )
  const { mutateAsync, reset } = mutation
  // Another item: the last one's failure or field errors are not this one's.
  useEffect(() => reset, [itemId, reset])
  const run = useCallback(
    (values: TValues) =>
      mutateAsync(new Sealed(values)).then(
        (item) => item,
        () => undefined,
      ),
    [mutateAsync],
  )
  return [run, mutationState(mutation)]
}
