import { useCallback } from 'react'
import type { ApiProblem, Item, ItemGuidance } from '../core'
import { useRetryNotBefore } from './guidance-clock'
import type { GuidanceOptions } from './guidance-options'
import { useItem } from './use-item'
import { useSubmitMfa } from './use-submit-mfa'
import { useUpdateItem } from './use-update-item'

export interface UseItemGuidanceResult {
  item: Item | undefined
  /**
   * What the item means now. It follows the clock (an MFA code expiring, consent
   * days, a refused retry becoming allowed) without a new request.
   */
  guidance: ItemGuidance | undefined
  /** The last action's failure, else the last poll's. */
  error: ApiProblem | undefined
  /** The latest poll failed; `item` is the last one that loaded. */
  refreshError: ApiProblem | undefined
  /**
   * The last action failed in a way the form and banner do not show themselves
   * (not a 400 with field errors, not a refusal with `retryAt`): network, server, …
   */
  actionError: ApiProblem | undefined
  isLoading: boolean
  /** Sync again with the stored credentials. */
  retry: () => Promise<Item | undefined>
  /** Sync again with new credentials (`update-credentials`). */
  submitCredentials: (values: Record<string, string>) => Promise<Item | undefined>
  /** Answer the MFA prompt (`provide-mfa`). */
  submitMfa: (values: Record<string, string>) => Promise<Item | undefined>
  isSubmitting: boolean
  /** 400 validation messages of the last action, by parameter. */
  fieldErrors: Record<string, string[]>
  /** When the user may try again, if the last action was refused for now. */
  retryAt: string | undefined
  /** Fetch the item now (e.g. after a failed first load). */
  refetch: () => Promise<void>
}

/** An item, what it means for the user (`describeItem`), and the actions that fix it. */
export function useItemGuidance(
  itemId: string,
  options: GuidanceOptions = {},
): UseItemGuidanceResult {
  // An empty itemId leaves all three idle (no request, no poller).
  const state = useItem(itemId, options)
  const update = useUpdateItem(itemId)
  const mfa = useSubmitMfa(itemId)
  const last = mfa.submittedAt > update.submittedAt ? mfa : update
  const { update: send } = update
  const retry = useCallback(() => send(), [send])
  const guidance = useRetryNotBefore(state.guidance, last.retryAt, options.now)
  return {
    item: state.item,
    guidance,
    error: last.error ?? state.error,
    refreshError: state.item && state.isStale ? state.error : undefined,
    actionError:
      last.error && last.error.kind !== 'validation' && last.retryAt === undefined
        ? last.error
        : undefined,
    isLoading: state.isLoading,
    retry,
    submitCredentials: send,
    submitMfa: mfa.submit,
    isSubmitting: update.isPending || mfa.isPending,
    fieldErrors: last.fieldErrors,
    retryAt: last.retryAt,
    refetch: state.refetch,
  }
}
