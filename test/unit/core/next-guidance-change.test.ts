import { describe, expect, it } from 'vitest'
import { describeItem, nextGuidanceChange, parseItem } from '../../../src/core'
import { NOW, failed, item } from '../../fixtures/items'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const at = (ms: number) => new Date(NOW.getTime() + ms)
const iso = (ms: number) => at(ms).toISOString()

const waitingMfa = item({
  status: 'WAITING_USER_INPUT',
  executionStatus: 'WAITING_USER_INPUT',
  parameter: { name: 'token', label: 'Token', type: 'number', expiresAt: iso(3 * MINUTE) },
})
const waitingAction = item({
  status: 'WAITING_USER_ACTION',
  executionStatus: 'WAITING_USER_ACTION',
  userAction: { type: 'qr', instructions: 'Leia o QR', expiresAt: iso(10 * MINUTE) },
})
const consentIn = (ms: number) => item({ consentExpiresAt: iso(ms) })
const outdatedAutoSync = {
  ...failed('OUTDATED', 'SITE_NOT_AVAILABLE'),
  updatedAt: iso(-10 * MINUTE),
  nextAutoSyncAt: undefined,
  autoSyncDisabledAt: null,
}

/** Which guidance the user sees: everything a screen shows. */
const shown = (raw: Record<string, unknown>, now: Date) =>
  JSON.stringify(describeItem(parseItem(raw), { now }))

describe('nextGuidanceChange: when describeItem changes with no new item', () => {
  it.each([
    ['an MFA prompt expires', waitingMfa, 3 * MINUTE, 'mfa', 'mfa-expired'],
    ['a user action expires', waitingAction, 10 * MINUTE, 'user-action', 'user-action-expired'],
    ['consent expires', consentIn(5 * HOUR), 5 * HOUR, 'consent-expiring', 'consent-expired'],
  ])('%s', (_, raw, changeMs, before, after) => {
    const next = nextGuidanceChange(parseItem(raw), { now: NOW })
    expect(next).toEqual(at(changeMs))
    expect(describeItem(parseItem(raw), { now: at(changeMs - 1) }).reason).toBe(before)
    expect(describeItem(parseItem(raw), { now: next }).reason).toBe(after)
  })

  it('consent: the warning starts consentWarningDays before, then the day count drops daily', () => {
    const raw = consentIn(10 * DAY + 5 * HOUR)
    const start = nextGuidanceChange(parseItem(raw), { now: NOW })!
    expect(start).toEqual(at(3 * DAY + 5 * HOUR))
    expect(describeItem(parseItem(raw), { now: start })).toMatchObject({
      reason: 'consent-expiring',
      actions: [{ type: 'renew-consent' }],
    })
    const daysLeft = (now: Date) =>
      describeItem(parseItem(item({ ...raw, status: 'OUTDATED' })), { now }).notices.find(
        (notice) => notice.type === 'consent-expiring',
      )
    expect(daysLeft(start)).toMatchObject({ daysLeft: 7 })
    const nextDay = nextGuidanceChange(parseItem(raw), { now: start })!
    expect(nextDay.getTime() - start.getTime()).toBe(DAY)
    expect(daysLeft(new Date(nextDay.getTime() - 1))).toMatchObject({ daysLeft: 7 })
    expect(daysLeft(nextDay)).toMatchObject({ daysLeft: 6 })
    expect(nextGuidanceChange(parseItem(raw), { now: start, consentWarningDays: 1 })).toEqual(
      at(9 * DAY + 5 * HOUR),
    )
  })

  it('the assumed auto-sync retry (an hour after the failed update) passes', () => {
    const next = nextGuidanceChange(parseItem(outdatedAutoSync), { now: NOW })
    expect(next).toEqual(at(50 * MINUTE))
    const before = describeItem(parseItem(outdatedAutoSync), { now: at(50 * MINUTE - 1) })
    expect(before.autoSync).toMatchObject({ willRetry: true, nextAttemptAt: iso(50 * MINUTE) })
    expect(describeItem(parseItem(outdatedAutoSync), { now: next }).autoSync).toEqual({
      willRetry: false,
    })
  })

  it('takes the earliest deadline of several', () => {
    const raw = { ...waitingMfa, consentExpiresAt: iso(2 * MINUTE) }
    expect(nextGuidanceChange(parseItem(raw), { now: NOW })).toEqual(at(2 * MINUTE))
  })

  it.each([
    ['a ready item', item()],
    ['a login error', failed('LOGIN_ERROR', 'INVALID_CREDENTIALS')],
    ['an expired MFA prompt', waitingMfa, at(5 * MINUTE)],
    ['expired consent', consentIn(-DAY)],
    ['a named next auto-sync', { ...outdatedAutoSync, nextAutoSyncAt: iso(HOUR) }],
  ])('%s: nothing but a new item changes it', (_, raw, now = NOW) => {
    expect(nextGuidanceChange(parseItem(raw), { now })).toBeUndefined()
  })

  it('the guidance is the same at every instant before the change', () => {
    for (const raw of [waitingMfa, waitingAction, consentIn(2 * DAY + 7), outdatedAutoSync]) {
      const next = nextGuidanceChange(parseItem(raw), { now: NOW })!.getTime()
      const start = shown(raw, NOW)
      for (const fraction of [0.25, 0.5, 0.999]) {
        const between = new Date(NOW.getTime() + (next - NOW.getTime()) * fraction)
        expect(shown(raw, between)).toBe(start)
      }
      expect(shown(raw, new Date(next))).not.toBe(start)
    }
  })
})
