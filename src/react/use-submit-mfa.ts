import type { Item } from '../core'
import { useFarol } from './context'
import type { MutationState } from './mutations/mutation-problem'
import { useItemMutation } from './mutations/use-item-mutation'

export interface UseSubmitMfaResult extends MutationState {
  /** `POST /items/{id}/mfa` with `{ [parameter.name]: value }`. Never rejects. */
  submit: (values: Record<string, string>) => Promise<Item | undefined>
}

export function useSubmitMfa(itemId: string): UseSubmitMfaResult {
  const { client } = useFarol()
  const [submit, state] = useItemMutation(
    itemId,
    'submit-mfa',
    (values: Record<string, string> | undefined) => client.submitMfa(itemId, values ?? {}),
  )
  return { submit, ...state }
}
