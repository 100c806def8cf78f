import type { GuidanceNotice, Item } from '../model'
import { defined } from './defined'
import { DAY, toIso, toTime } from './time'

type ConsentNotice = Extract<GuidanceNotice, { consentExpiresAt: string }>

export function lockoutNotice(item: Item, warningAttempts: number): GuidanceNotice | undefined {
  const attempts = item.consecutiveFailedLoginAttempts
  return typeof attempts === 'number' && attempts >= warningAttempts
    ? { type: 'lockout-risk', failedAttempts: attempts }
    : undefined
}

export function consentNotice(
  item: Item,
  now: number,
  warningDays: number,
): ConsentNotice | undefined {
  const expiresAt = toTime(item.consentExpiresAt)
  if (expiresAt === undefined) return undefined
  const consentExpiresAt = new Date(expiresAt).toISOString()
  if (expiresAt <= now) return { type: 'consent-expired', consentExpiresAt }
  const daysLeft = Math.ceil((expiresAt - now) / DAY)
  return daysLeft <= warningDays
    ? { type: 'consent-expiring', consentExpiresAt, daysLeft }
    : undefined
}

export function connectorHealthNotice(item: Item): GuidanceNotice | undefined {
  const status = item.connector?.health?.status
  return status === 'OFFLINE' || status === 'UNSTABLE'
    ? { type: 'connector-health', status: status as 'OFFLINE' | 'UNSTABLE' }
    : undefined
}

export function autoSyncDisabledNotice(item: Item): GuidanceNotice | undefined {
  return item.autoSyncDisabledAt
    ? defined({ type: 'auto-sync-disabled', since: toIso(item.autoSyncDisabledAt) } as const)
    : undefined
}
