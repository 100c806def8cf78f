import { useMutation } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { Item } from '../core'
import { useFarol } from './context'
import { applyMutatedItem } from './mutations/apply-item'
import { mutationState, type MutationState } from './mutations/mutation-problem'
import { Sealed, unseal } from './mutations/sealed'

export interface UseSubmitMfaResult extends MutationState {
  /** `POST /items/{id}/mfa` with `{ [parameter.name]: value }`. Never rejects. */
  submit: (values: Record<string, string>) => Promise<Item | undefined>
}

export function useSubmitMfa(itemId: string): UseSubmitMfaResult {
  const { client, queryClient } = useFarol()
  const mutation = useMutation(
    {
      mutationKey: ['farol', 'submit-mfa', itemId],
      mutationFn: (sealed: Sealed<Record<string, string>>) =>
        client.submitMfa(itemId, unseal(sealed) ?? {}),
      onSuccess: (item) => applyMutatedItem(queryClient, itemId, item),
      gcTime: 0,
    },
    queryClient,
  )
  const { mutateAsync } = mutation
  const submit = useCallback(
    (values: Record<string, string>) =>
      mutateAsync(new Sealed(values)).then(
        (item) => item,
        () => undefined,
      ),
    [mutateAsync],
  )
  return { submit, ...mutationState(mutation) }
}
