import type { ItemGuidance } from '../core'

/**
 * The guidance with the API's "not before" on its retry action, so the
 * banner can say when the user may update again (409 too-frequent, 429).
 */
export function withRetryAt(guidance: ItemGuidance, retryAt: string | undefined): ItemGuidance {
  if (retryAt === undefined || Date.parse(retryAt) <= Date.now()) return guidance
  if (!guidance.actions.some((action) => action.type === 'retry')) return guidance
  return {
    ...guidance,
    retryable: false,
    actions: guidance.actions.map((action) =>
      action.type === 'retry' ? { ...action, notBefore: retryAt } : action,
    ),
  }
}
