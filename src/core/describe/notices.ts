import type { GuidanceNotice, Item } from '../model'
import { DAY, toIso, toTime } from './time'

export interface NoticeOptions {
  now: number
  consentWarningDays: number
  lockoutWarningAttempts: number
}

export function lockoutNotice(item: Item, options: NoticeOptions): GuidanceNotice | undefined {
  const attempts = item.consecutiveFailedLoginAttempts
  if (typeof attempts !== 'number' || !(attempts >= options.lockoutWarningAttempts))
    return undefined
  return { type: 'lockout-risk', failedAttempts: attempts }
}

export function consentNotice(item: Item, options: NoticeOptions): GuidanceNotice | undefined {
  const expiresAt = toTime(item.consentExpiresAt)
  if (expiresAt === undefined) return undefined
  const consentExpiresAt = toIso(item.consentExpiresAt)!
  if (expiresAt <= options.now) return { type: 'consent-expired', consentExpiresAt }
  const daysLeft = Math.ceil((expiresAt - options.now) / DAY)
  return daysLeft <= options.consentWarningDays
    ? { type: 'consent-expiring', consentExpiresAt, daysLeft }
    : undefined
}

export function connectorHealthNotice(item: Item): GuidanceNotice | undefined {
  const status = item.connector?.health?.status
  // An open union does not narrow on `===`, hence the explicit literal.
  if (status === 'OFFLINE' || status === 'UNSTABLE') {
    return { type: 'connector-health', status: status === 'OFFLINE' ? 'OFFLINE' : 'UNSTABLE' }
  }
  return undefined
}

export function autoSyncDisabledNotice(item: Item): GuidanceNotice | undefined {
  if (!item.autoSyncDisabledAt) return undefined
  const since = toIso(item.autoSyncDisabledAt)
  return since ? { type: 'auto-sync-disabled', since } : { type: 'auto-sync-disabled' }
}
