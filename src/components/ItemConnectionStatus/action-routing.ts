import type { GuidedAction, GuidedActionType } from '../../core/model'
import type { ItemConnectionHandlers } from './types'

/**
 * Which host handler an action calls. `update-credentials` / `provide-mfa` open
 * the form (the caller passes `openForm` when it can show one).
 */
export function actionHandler(
  action: GuidedAction,
  handlers: ItemConnectionHandlers,
  openForm?: () => void,
): (() => void) | undefined {
  const specific = ((): (() => void) | undefined => {
    switch (action.type) {
      case 'retry':
      case 'authorize-device':
        return handlers.onRetry
      case 'act-at-institution':
        return handlers.onReconnect ?? handlers.onRetry
      case 'renew-consent':
        return handlers.onReconnect
      case 'update-credentials':
        return handlers.onSubmitCredentials ? openForm : handlers.onReconnect
      case 'provide-mfa':
        return handlers.onSubmitMfa ? openForm : undefined
      default:
        return undefined
    }
  })()
  const { onAction } = handlers
  if (!specific && !onAction) return undefined
  return () => {
    onAction?.(action)
    specific?.()
  }
}

/** Action types with no handler at all, so the banner shows no dead button for them. */
export function unhandledActionTypes(
  actions: readonly GuidedAction[],
  handlers: ItemConnectionHandlers,
): GuidedActionType[] {
  return actions
    .filter((action) => !actionHandler(action, handlers, () => {}))
    .map((action) => action.type)
}
