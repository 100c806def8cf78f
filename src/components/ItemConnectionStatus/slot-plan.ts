import type { GuidedAction, GuidedActionType, ItemGuidance } from '../../core/model'
import type { ItemConnectionHandlers } from './types'

/** The form or notice shown under the banner, and the banner buttons it replaces. */
export type SlotPlan =
  | { kind: 'none'; replaces: GuidedActionType[] }
  | {
      kind: 'credentials'
      action: Extract<GuidedAction, { type: 'update-credentials' }>
      replaces: GuidedActionType[]
    }
  | {
      kind: 'mfa'
      action: Extract<GuidedAction, { type: 'provide-mfa' }>
      replaces: GuidedActionType[]
    }
  | {
      kind: 'device'
      action: Extract<GuidedAction, { type: 'authorize-device' }>
      replaces: GuidedActionType[]
    }
  | {
      kind: 'user-action'
      action: Extract<GuidedAction, { type: 'complete-user-action' }>
      replaces: GuidedActionType[]
    }

/**
 * The slot follows the primary action. A secondary `update-credentials` (e.g. the
 * account was locked: act at the bank first) opens the form only when asked
 * (`formOpened`), so nobody is nudged into another failed login.
 */
export function slotPlan(
  guidance: Pick<ItemGuidance, 'actions'>,
  handlers: ItemConnectionHandlers,
  formOpened: boolean,
): SlotPlan {
  const actions = Array.isArray(guidance.actions) ? guidance.actions : []
  const primary = actions[0]
  const credentials = actions.find(
    (action): action is Extract<GuidedAction, { type: 'update-credentials' }> =>
      action.type === 'update-credentials',
  )
  if (credentials && handlers.onSubmitCredentials && (primary === credentials || formOpened)) {
    return { kind: 'credentials', action: credentials, replaces: ['update-credentials'] }
  }
  switch (primary?.type) {
    case 'provide-mfa':
      return handlers.onSubmitMfa
        ? { kind: 'mfa', action: primary, replaces: ['provide-mfa'] }
        : { kind: 'none', replaces: [] }
    case 'authorize-device':
      // The notice has its own "I've authorized it" button.
      return { kind: 'device', action: primary, replaces: ['authorize-device', 'retry'] }
    case 'complete-user-action':
      return { kind: 'user-action', action: primary, replaces: ['complete-user-action'] }
    default:
      return { kind: 'none', replaces: [] }
  }
}
