import { describe, expect, it } from 'vitest'
import {
  describeItem,
  orderByUrgency,
  parseItem,
  summarizeConnections,
  urgencyOf,
  type ConnectionEntry,
  type ItemGuidance,
} from '../../../src/core'
import { NOW, failed, item } from '../../fixtures/items'

const MINUTE = 60_000
const iso = (ms: number) => new Date(NOW.getTime() + ms).toISOString()

const guide = (raw: Record<string, unknown>) => describeItem(parseItem(raw), { now: NOW })
const ready = () => guide(item())
const syncing = () => guide(item({ status: 'UPDATING', executionStatus: 'LOGIN_IN_PROGRESS' }))
const mfa = (expiresInMs = 3 * MINUTE) =>
  guide(
    item({
      status: 'WAITING_USER_INPUT',
      executionStatus: 'WAITING_USER_INPUT',
      parameter: { name: 'token', label: 'Token', type: 'number', expiresAt: iso(expiresInMs) },
    }),
  )
const device = (expiresInMs: number) =>
  guide(
    failed('LOGIN_ERROR', 'USER_AUTHORIZATION_PENDING', {
      attributes: { deviceNickname: 'iPhone', expiresAt: iso(expiresInMs) },
    }),
  )
const badLogin = () => guide(failed('LOGIN_ERROR', 'INVALID_CREDENTIALS'))
const outdated = () => guide(failed('OUTDATED', 'UNEXPECTED_ERROR'))
const siteDown = () => guide(failed('OUTDATED', 'SITE_NOT_AVAILABLE'))

const entry = (itemId: string, guidance?: ItemGuidance, error?: unknown): ConnectionEntry =>
  ({ itemId, guidance, error }) as ConnectionEntry

describe('urgency', () => {
  it('puts what needs the user first, then failures, then syncing, then ready', () => {
    expect(urgencyOf(entry('a', mfa()))).toBe('needs-user')
    expect(urgencyOf(entry('a', badLogin()))).toBe('needs-user')
    expect(urgencyOf(entry('a', outdated()))).toBe('failed')
    expect(urgencyOf(entry('a', syncing()))).toBe('syncing')
    expect(urgencyOf(entry('a', ready()))).toBe('ready')
  })

  it('counts an item still loading as syncing and one that could not load as failed', () => {
    expect(urgencyOf(entry('a'))).toBe('syncing')
    expect(urgencyOf(entry('a', undefined, { kind: 'network' }))).toBe('failed')
  })

  it('treats a consent about to expire as needing the user', () => {
    const consent = guide(item({ consentExpiresAt: iso(2 * 24 * 60 * MINUTE) }))
    expect(consent.actions[0]?.type).toBe('renew-consent')
    expect(urgencyOf(entry('a', consent))).toBe('needs-user')
  })

  it('does not throw on an unknown phase or garbage guidance', () => {
    const odd = { ...ready(), phase: 'martian', actions: null } as unknown as ItemGuidance
    expect(urgencyOf(entry('a', odd))).toBe('failed')
  })
})

describe('orderByUrgency', () => {
  it('orders by group and keeps the given order within each group', () => {
    const entries = [
      entry('ready-1', ready()),
      entry('sync-1', syncing()),
      entry('failed-1', outdated()),
      entry('ready-2', ready()),
      entry('mfa-1', mfa()),
      entry('failed-2', siteDown()),
      entry('login-1', badLogin()),
    ]
    expect(orderByUrgency(entries)).toEqual([
      'mfa-1',
      'login-1',
      'failed-1',
      'failed-2',
      'sync-1',
      'ready-1',
      'ready-2',
    ])
  })

  it('is stable for 200 connections in the same group', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `item-${i}`)
    const guidance = ready()
    expect(orderByUrgency(ids.map((id) => entry(id, guidance)))).toEqual(ids)
  })
})

describe('summarizeConnections', () => {
  it('counts per phase and group, the worst alert and the next deadline', () => {
    const summary = summarizeConnections(
      [
        entry('a', ready()),
        entry('b', mfa(5 * MINUTE)),
        entry('c', device(2 * MINUTE)),
        entry('d', outdated()),
        entry('e', siteDown()),
        entry('f', syncing()),
        entry('g'),
      ],
      NOW,
    )
    expect(summary).toMatchObject({
      total: 7,
      loading: 1,
      needsUser: 2,
      failed: 2,
      syncing: 2,
      ready: 1,
      alert: 'internal',
      nextDeadline: { itemId: 'c', kind: 'device', at: iso(2 * MINUTE) },
    })
    expect(summary.phases).toMatchObject({ ready: 1, 'waiting-user': 2, outdated: 2, syncing: 1 })
  })

  it('ignores deadlines already past and says "none" when all is well', () => {
    const summary = summarizeConnections([entry('a', ready()), entry('b', ready())], NOW)
    expect(summary).toMatchObject({ total: 2, ready: 2, needsUser: 0, alert: 'none' })
    expect(summary.nextDeadline).toBeUndefined()
    const later = new Date(NOW.getTime() + 10 * MINUTE)
    expect(summarizeConnections([entry('b', mfa(5 * MINUTE))], later).nextDeadline).toBeUndefined()
  })

  it('summarizes nothing as nothing', () => {
    expect(summarizeConnections([], NOW)).toMatchObject({ total: 0, needsUser: 0, alert: 'none' })
  })
})
