import type { ConnectorCredential, GuidedAction, Item } from '../model'
import { defined } from './defined'
import { isObject, safeHttpUrl, textOf } from './guards'

/** What an error rule offers, primary first: action types, and `mfa-again`. */
export type ActionPlan =
  | 'update-credentials'
  | 'mfa-again'
  | 'act-at-institution'
  | 'renew-consent'
  | 'retry'
  | 'contact-support'

function credentialsOf(item: Item): ConnectorCredential[] {
  const fields = item.connector?.credentials
  return Array.isArray(fields) ? fields.filter(isObject) : []
}

/** Turns a rule's plan into concrete actions with the item's data. */
export function buildActions(plan: ActionPlan[], item: Item, errorCode: string): GuidedAction[] {
  return plan.map((step): GuidedAction => {
    if (step === 'mfa-again') {
      // One-step MFA connectors take the code with the credentials (`mfa: true`);
      // two-step ones ask again after a retry.
      const fields = credentialsOf(item)
      return fields.some((field) => field.mfa)
        ? { type: 'update-credentials', fields }
        : { type: 'retry' }
    }
    if (step === 'update-credentials') return { type: step, fields: credentialsOf(item) }
    if (step === 'contact-support') return { type: step, code: errorCode }
    if (step !== 'act-at-institution') return { type: step }
    return defined({
      type: step,
      providerMessage: textOf(item.error?.providerMessage) || undefined,
      resetPasswordUrl: safeHttpUrl(item.connector?.resetPasswordUrl),
    })
  })
}
