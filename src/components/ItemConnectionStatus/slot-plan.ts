import type { GuidedAction, GuidedActionType, ItemGuidance } from '../../core/model'
import type { ItemConnectionHandlers } from './types'

/** An action with its own form or notice under the banner. */
export type SlotAction = Extract<
  GuidedAction,
  { type: 'update-credentials' | 'provide-mfa' | 'authorize-device' | 'complete-user-action' }
>

/**
 * The action whose form or notice goes under the banner: the primary one. A
 * secondary `update-credentials` (e.g. the account was locked: act at the bank
 * first) opens the form only when asked (`formOpened`), so nobody is nudged into
 * another failed login.
 */
export function slotAction(
  guidance: Pick<ItemGuidance, 'actions'>,
  handlers: ItemConnectionHandlers,
  formOpened: boolean,
): SlotAction | undefined {
  const actions = Array.isArray(guidance.actions) ? guidance.actions : []
  const primary = actions[0]
  const credentials = actions.find(
    (action): action is Extract<GuidedAction, { type: 'update-credentials' }> =>
      action.type === 'update-credentials',
  )
  if (credentials && handlers.onSubmitCredentials && (primary === credentials || formOpened)) {
    return credentials
  }
  switch (primary?.type) {
    case 'provide-mfa':
      return handlers.onSubmitMfa ? primary : undefined
    case 'authorize-device':
    case 'complete-user-action':
      return primary
    default:
      return undefined
  }
}

/** The banner buttons the slot stands in for; the device notice has its own "I've authorized it". */
export function replacedActions(action: SlotAction | undefined): GuidedActionType[] {
  if (!action) return []
  return action.type === 'authorize-device' ? ['authorize-device', 'retry'] : [action.type]
}
