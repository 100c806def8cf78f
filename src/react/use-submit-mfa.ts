import { useMutation } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { ApiProblem, Item } from '../core'
import { useFarol } from './context'
import { applyMutatedItem } from './mutations/apply-item'
import { fieldErrorsOf, retryAtOf } from './mutations/mutation-problem'
import { Sealed, unseal } from './mutations/sealed'
import { problemOf } from './problem'

export interface UseSubmitMfaResult {
  /** `POST /items/{id}/mfa` with `{ [parameter.name]: value }`. Never rejects. */
  submit: (values: Record<string, string>) => Promise<Item | undefined>
  isPending: boolean
  error: ApiProblem | undefined
  fieldErrors: Record<string, string[]>
  retryAt: string | undefined
  submittedAt: number
  reset: () => void
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
  const { mutateAsync, reset } = mutation
  const submit = useCallback(
    (values: Record<string, string>) =>
      mutateAsync(new Sealed(values)).then(
        (item) => item,
        () => undefined,
      ),
    [mutateAsync],
  )
  const error = problemOf(mutation.error)
  return {
    submit,
    isPending: mutation.isPending,
    error,
    fieldErrors: fieldErrorsOf(error),
    retryAt: retryAtOf(error, mutation.submittedAt),
    submittedAt: mutation.submittedAt,
    reset,
  }
}
