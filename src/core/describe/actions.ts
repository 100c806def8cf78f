import type { ConnectorCredential, GuidedAction, Item } from '../model'
import type { ActionPlan } from './error-rules'

function credentialsOf(item: Item): ConnectorCredential[] {
  const fields = item.connector?.credentials
  return Array.isArray(fields) ? fields.filter((field) => field && typeof field === 'object') : []
}

function httpUrl(value: unknown): string | undefined {
  return typeof value === 'string' && /^https?:\/\//i.test(value.trim()) ? value.trim() : undefined
}

/** Turns a rule's plan into concrete actions with the item's data. */
export function buildActions(plan: ActionPlan[], item: Item, errorCode: string): GuidedAction[] {
  return plan.map((step): GuidedAction => {
    switch (step) {
      case 'update-credentials':
        return { type: 'update-credentials', fields: credentialsOf(item) }
      case 'mfa-again': {
        // One-step MFA connectors take the code with the credentials (`mfa: true`);
        // two-step ones ask again after a retry.
        const fields = credentialsOf(item)
        return fields.some((field) => field.mfa)
          ? { type: 'update-credentials', fields }
          : { type: 'retry' }
      }
      case 'act-at-institution': {
        const providerMessage = item.error?.providerMessage
        const resetPasswordUrl = httpUrl(item.connector?.resetPasswordUrl)
        return {
          type: 'act-at-institution',
          ...(typeof providerMessage === 'string' && providerMessage && { providerMessage }),
          ...(resetPasswordUrl && { resetPasswordUrl }),
        }
      }
      case 'renew-consent':
        return { type: 'renew-consent' }
      case 'retry':
        return { type: 'retry' }
      case 'contact-support':
        return { type: 'contact-support', code: errorCode }
    }
  })
}
