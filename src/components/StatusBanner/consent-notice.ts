import type { GuidanceNotice, ItemGuidance } from '../../core/model'
import { toDate } from '../../i18n/format'

const DAY = 86_400_000

/**
 * describeItem leaves the consent notice out when consent is the reason itself;
 * the banner still says when, from the renew-consent action's date.
 */
export function noticesWithConsentDate(
  guidance: Pick<ItemGuidance, 'reason' | 'actions' | 'notices'>,
  now: Date,
): GuidanceNotice[] {
  const notices = Array.isArray(guidance.notices) ? guidance.notices : []
  if (guidance.reason !== 'consent-expiring' && guidance.reason !== 'consent-expired') {
    return notices
  }
  if (notices.some((notice) => notice.type.startsWith('consent-'))) return notices
  const action = (Array.isArray(guidance.actions) ? guidance.actions : []).find(
    (candidate) => candidate.type === 'renew-consent',
  )
  const consentExpiresAt = action?.type === 'renew-consent' ? action.consentExpiresAt : undefined
  const expires = toDate(consentExpiresAt)
  if (!consentExpiresAt || !expires) return notices
  const daysLeft = Math.ceil((expires.getTime() - now.getTime()) / DAY)
  const consent: GuidanceNotice =
    daysLeft > 0 || guidance.reason === 'consent-expiring'
      ? { type: 'consent-expiring', consentExpiresAt, daysLeft: Math.max(0, daysLeft) }
      : { type: 'consent-expired', consentExpiresAt }
  return [consent, ...notices]
}
