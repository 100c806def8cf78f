import { useMutation } from '@tanstack/react-query'
import { useCallback } from 'react'
import { ApiProblemError, type ApiProblem, type CreateItemOptions, type Item } from '../../core'
import { useFarol } from '../context'
import { fieldErrorsOf } from '../mutations/mutation-problem'
import { Sealed, unseal } from '../mutations/sealed'
import { problemOf } from '../problem'
import { farolKeys } from '../query-keys'

interface CreateItemInput {
  connectorId: number
  parameters: Record<string, string>
  options: CreateItemOptions | undefined
}

export interface UseCreateItemResult {
  /**
   * `POST /items`. Resolves with the new item, already in the item's query
   * (`useItem(item.id)` reads it and its single poller follows it). Rejects
   * with an `ApiProblemError`, whose problem is also in `error`.
   */
  create: (
    connectorId: number,
    parameters: Record<string, string>,
    options?: CreateItemOptions,
  ) => Promise<Item>
  isPending: boolean
  error: ApiProblem | null
  /** 400 validation messages by parameter (`''`: the form as a whole). */
  fieldErrors: Record<string, string[]>
  reset: () => void
}

/** Creates items. The credentials travel sealed: never in the query or mutation cache. */
export function useCreateItem(): UseCreateItemResult {
  const { client, queryClient } = useFarol()
  const mutation = useMutation(
    {
      mutationKey: ['farol', 'create-item'],
      mutationFn: (sealed: Sealed<CreateItemInput>) => {
        const input = unseal(sealed)
        if (!client.createItem || !input) {
          const message = 'The PluggyClient has no createItem'
          throw new ApiProblemError({ kind: 'invalid-response', status: 0, message })
        }
        return client.createItem(input.connectorId, input.parameters, input.options)
      },
      onSuccess: (item) => queryClient.setQueryData(farolKeys.item(item.id), item),
      gcTime: 0,
    },
    queryClient,
  )
  const { mutateAsync } = mutation
  const create = useCallback(
    (connectorId: number, parameters: Record<string, string>, options?: CreateItemOptions) =>
      mutateAsync(new Sealed({ connectorId, parameters: { ...parameters }, options })),
    [mutateAsync],
  )
  const error = problemOf(mutation.error) ?? null
  return {
    create,
    isPending: mutation.isPending,
    error,
    fieldErrors: fieldErrorsOf(error ?? undefined),
    reset: mutation.reset,
  }
}
