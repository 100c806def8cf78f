import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseApiError } from '../../../src/core/api-error'
import type { Item, ItemGuidance } from '../../../src/core/model'
import {
  errorBackoffDelay,
  nextPollDelay,
  POLL_INTERVALS,
  syncingDelay,
} from '../../../src/core/polling'
import type { PollContext } from '../../../src/core/polling'

const NOW = new Date('2026-07-20T10:00:00.000Z')
const inMs = (ms: number) => new Date(NOW.getTime() + ms).toISOString()

/** Hand-built guidance (the shape describeItem returns), syncing unless overridden. */
function guidance(overrides: Partial<ItemGuidance> = {}): ItemGuidance {
  return {
    phase: 'syncing',
    tone: 'info',
    reason: 'syncing',
    terminal: false,
    retryable: false,
    fetchableProducts: [],
    failedProducts: [],
    warnings: [],
    actions: [{ type: 'wait' }],
    alert: 'none',
    autoSync: { willRetry: false },
    notices: [],
    ...overrides,
  }
}

const ITEM = { id: 'item-1', status: 'UPDATING' } as Item
const ctx = (overrides: Partial<PollContext> = {}): PollContext => ({
  now: NOW,
  elapsedMs: 0,
  errorCount: 0,
  random: () => 0.5,
  ...overrides,
})
const poll = (g: ItemGuidance, overrides: Partial<PollContext> = {}) =>
  nextPollDelay(ITEM, ctx({ guidance: g, ...overrides }))

const ready = guidance({ phase: 'ready', reason: 'updated', terminal: true, actions: [] })
const mfa = guidance({
  phase: 'waiting-user',
  reason: 'mfa',
  terminal: true,
  actions: [{ type: 'provide-mfa', parameter: { name: 'token', label: 'Token' } }],
})
const device = (expiresAt?: string, terminal = false) =>
  guidance({
    phase: 'waiting-user',
    reason: 'device-authorization',
    terminal,
    actions: [
      { type: 'authorize-device', deviceNickname: 'Pluggy-7F3A', ...(expiresAt && { expiresAt }) },
    ],
  })
const userAction = (expiresAt?: string) =>
  guidance({
    phase: 'waiting-user',
    reason: 'user-action',
    actions: [
      {
        type: 'complete-user-action',
        userAction: { type: 'qr', instructions: 'Scan' },
        ...(expiresAt && { expiresAt }),
      },
    ],
  })
const unknown = guidance({ phase: 'unknown', reason: 'unknown', actions: [{ type: 'retry' }] })

describe('the syncing curve', () => {
  it.each([
    [0, 2_000],
    [29_999, 2_000],
    [30_000, 5_000],
    [119_999, 5_000],
    [120_000, 10_000],
    [299_999, 10_000],
    [300_000, 15_000],
    [3_600_000, 15_000],
  ])('after %i ms of syncing: every %i ms', (elapsedMs, delay) => {
    expect(syncingDelay(elapsedMs)).toBe(delay)
    expect(poll(guidance(), { elapsedMs })).toBe(delay)
    // No item yet (first load): the same curve.
    expect(nextPollDelay(undefined, ctx({ elapsedMs }))).toBe(delay)
  })

  it('matches the published constants', () => {
    expect(POLL_INTERVALS.syncing.map((s) => [s.untilMs, s.delayMs])).toEqual([
      [30_000, 2_000],
      [120_000, 5_000],
      [300_000, 10_000],
    ])
    expect(POLL_INTERVALS.syncingMaxMs).toBe(15_000)
  })

  it('accepts now as a number', () => {
    expect(
      nextPollDelay(ITEM, { ...ctx({ guidance: device(inMs(1_000)) }), now: NOW.getTime() }),
    ).toBe(5_000)
  })
})

describe('waiting on the user', () => {
  it('typed input (provide-mfa): no poll', () => {
    expect(poll(mfa)).toBe(false)
    expect(poll({ ...mfa, terminal: false })).toBe(false)
  })

  it('an Open Finance consent (provide-mfa, type oauth) is given at the bank: a slow poll', () => {
    const consent = {
      ...mfa,
      actions: [
        {
          type: 'provide-mfa' as const,
          parameter: {
            name: 'oauth',
            label: 'Autorize',
            type: 'oauth',
            data: 'https://bank.example',
          },
        },
      ],
    }
    expect(poll(consent)).toBe(POLL_INTERVALS.deviceMs)
    expect(poll(consent, { elapsedMs: POLL_INTERVALS.deviceMaxWaitMs })).toBe(false)
  })

  it.each([
    ['authorize-device', device],
    ['complete-user-action', userAction],
  ])('%s: a slow poll until expiresAt plus the grace, then false', (_name, make) => {
    const expiresAt = inMs(60_000)
    expect(poll(make(expiresAt))).toBe(POLL_INTERVALS.deviceMs)
    expect(poll(make(expiresAt), { now: new Date(NOW.getTime() + 60_000) })).toBe(5_000)
    const lastChance = NOW.getTime() + 60_000 + POLL_INTERVALS.deviceGraceMs - 1
    expect(poll(make(expiresAt), { now: lastChance })).toBe(5_000)
    expect(poll(make(expiresAt), { now: lastChance + 1 })).toBe(false)
  })

  it('a device wait with no expiresAt is bounded by elapsed time', () => {
    expect(poll(device(), { elapsedMs: POLL_INTERVALS.deviceMaxWaitMs - 1 })).toBe(5_000)
    expect(poll(device(), { elapsedMs: POLL_INTERVALS.deviceMaxWaitMs })).toBe(false)
  })

  it('polls a device wait even when the guidance calls it terminal', () => {
    expect(poll(device(inMs(60_000), true))).toBe(5_000)
  })

  it('a non-terminal waiting-user with no action is a device wait', () => {
    const waiting = guidance({
      phase: 'waiting-user',
      reason: 'user-action',
      actions: [{ type: 'wait' }],
    })
    expect(poll(waiting)).toBe(5_000)
    expect(poll(waiting, { elapsedMs: POLL_INTERVALS.deviceMaxWaitMs })).toBe(false)
  })
})

describe('terminal and unknown', () => {
  it.each<[string, ItemGuidance]>([
    ['ready', ready],
    ['partial', guidance({ phase: 'partial', reason: 'partial-success', terminal: true })],
    [
      'login-error',
      guidance({ phase: 'login-error', reason: 'invalid-credentials', terminal: true }),
    ],
    ['outdated', guidance({ phase: 'outdated', reason: 'site-not-available', terminal: true })],
  ])('%s: stop', (_name, g) => {
    expect(poll(g)).toBe(false)
  })

  it('unknown: a slow poll for a bounded time', () => {
    expect(poll(unknown)).toBe(POLL_INTERVALS.unknownMs)
    expect(poll(unknown, { elapsedMs: POLL_INTERVALS.unknownMaxWaitMs - 1 })).toBe(30_000)
    expect(poll(unknown, { elapsedMs: POLL_INTERVALS.unknownMaxWaitMs })).toBe(false)
  })
})

describe('hidden tab and push', () => {
  it('hidden: false, whatever else', () => {
    expect(poll(guidance(), { hidden: true })).toBe(false)
    expect(poll(device(inMs(60_000)), { hidden: true })).toBe(false)
    expect(nextPollDelay(undefined, ctx({ hidden: true, errorCount: 3 }))).toBe(false)
  })

  it('push healthy: the safety interval instead of the fast one, still false when terminal', () => {
    expect(poll(guidance(), { pushHealthy: true })).toBe(POLL_INTERVALS.pushSafetyMs)
    expect(poll(device(inMs(60_000)), { pushHealthy: true })).toBe(60_000)
    expect(poll(unknown, { pushHealthy: true })).toBe(60_000)
    expect(poll(ready, { pushHealthy: true })).toBe(false)
    expect(poll(mfa, { pushHealthy: true })).toBe(false)
    expect(poll(guidance(), { pushHealthy: false })).toBe(2_000)
  })
})

describe('errors', () => {
  const server = parseApiError(503, null)
  const network = parseApiError(0, new TypeError('Failed to fetch'))

  it.each([
    [1, 1_000, 2_000],
    [2, 2_000, 4_000],
    [3, 4_000, 8_000],
    [4, 8_000, 16_000],
    [5, 16_000, 32_000],
    [6, 30_000, 60_000],
    [50, 30_000, 60_000],
    [Number.POSITIVE_INFINITY, 30_000, 60_000],
    [Number.NaN, 1_000, 2_000],
  ])('backoff after %s failures: between %i and %i ms (equal jitter)', (n, low, high) => {
    expect(errorBackoffDelay(n, () => 0)).toBe(low)
    expect(errorBackoffDelay(n, () => 1)).toBe(high)
    const mid = errorBackoffDelay(n, () => 0.5)
    expect(mid).toBeGreaterThanOrEqual(low)
    expect(mid).toBeLessThanOrEqual(high)
  })

  it('a broken random gives the middle of the range', () => {
    expect(errorBackoffDelay(3, () => Number.NaN)).toBe(6_000)
    expect(errorBackoffDelay(3, () => 7)).toBe(8_000)
  })

  it('backs off on transient errors, never faster than the item pace', () => {
    expect(poll(guidance(), { error: server, errorCount: 5, random: () => 1 })).toBe(32_000)
    expect(poll(guidance(), { error: network, errorCount: 1, random: () => 0 })).toBe(2_000)
    expect(poll(guidance(), { error: server, errorCount: 0, random: () => 1 })).toBe(2_000)
    expect(poll(device(inMs(60_000)), { error: server, errorCount: 1, random: () => 0 })).toBe(
      5_000,
    )
    // A count without a problem object still backs off.
    expect(poll(guidance(), { errorCount: 6, random: () => 0 })).toBe(30_000)
    // First load failing.
    expect(nextPollDelay(undefined, ctx({ error: network, errorCount: 4, random: () => 1 }))).toBe(
      16_000,
    )
  })

  it('uses the jitter source', () => {
    const delays = new Set(
      [0, 0.25, 0.5, 0.75, 1].map((r) =>
        poll(guidance(), { error: server, errorCount: 6, random: () => r }),
      ),
    )
    expect(delays.size).toBe(5)
  })

  it('429: exactly Retry-After, never shorter', () => {
    const limited = parseApiError(429, null, { 'Retry-After': '60', 'RateLimit-Reset': '37' })
    expect(poll(guidance(), { error: limited, errorCount: 1 })).toBe(60_000)
    expect(poll(guidance(), { error: limited, errorCount: 9, random: () => 1 })).toBe(60_000)
    const short = parseApiError(429, null, { 'Retry-After': '37' })
    expect(poll(guidance(), { error: short, errorCount: 1 })).toBe(37_000)
    // Push healthy is already slower: keep it.
    expect(poll(guidance(), { error: short, pushHealthy: true })).toBe(60_000)
    // Waiting less than the item pace would be faster than normal polling.
    const tiny = parseApiError(429, null, { 'Retry-After': '1' })
    expect(poll(guidance(), { error: tiny })).toBe(2_000)
  })

  it.each([
    ['401', parseApiError(401, null)],
    ['403', parseApiError(403, null)],
    ['404', parseApiError(404, null)],
    ['410', parseApiError(410, null)],
  ])('%s: stop (the client layer handles it)', (_name, error) => {
    expect(poll(guidance(), { error, errorCount: 1 })).toBe(false)
    expect(nextPollDelay(undefined, ctx({ error, errorCount: 1 }))).toBe(false)
  })

  it('validation and update rejections do not stop or slow polling', () => {
    const validation = parseApiError(400, { details: [{ parameter: 'user', message: 'x' }] })
    const tooFrequent = parseApiError(409, {
      codeDescription: 'CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY',
    })
    for (const error of [validation, tooFrequent]) {
      expect(poll(guidance(), { error, errorCount: 3 })).toBe(2_000)
      expect(poll(device(inMs(60_000)), { error })).toBe(5_000)
      expect(poll(ready, { error })).toBe(false)
    }
  })

  it('409 already-updating on a settled-looking item: poll as syncing, for a bounded time', () => {
    const error = parseApiError(409, { codeDescription: 'ITEM_ALREADY_UPDATING' })
    expect(poll(ready, { error })).toBe(2_000)
    expect(poll(ready, { error, elapsedMs: 60_000 })).toBe(5_000)
    expect(poll(ready, { error, elapsedMs: POLL_INTERVALS.alreadyUpdatingMaxWaitMs })).toBe(false)
    expect(poll(mfa, { error })).toBe(false)
  })
})

describe('properties', () => {
  const kinds = fc.constantFrom(
    undefined,
    parseApiError(0, null),
    parseApiError(400, null),
    parseApiError(401, null),
    parseApiError(409, { codeDescription: 'ITEM_ALREADY_UPDATING' }),
    parseApiError(500, null),
  )
  const anyGuidance = fc.constantFrom(
    guidance(),
    ready,
    mfa,
    device(inMs(60_000)),
    device(),
    userAction(inMs(1)),
    unknown,
  )
  const context = fc.record({
    guidance: anyGuidance,
    now: fc.integer({ min: NOW.getTime() - 3_600_000, max: NOW.getTime() + 3_600_000 }),
    elapsedMs: fc.integer({ min: 0, max: 24 * 3_600_000 }),
    errorCount: fc.nat(100),
    error: fc.oneof(
      kinds,
      fc.nat(86_400_000).map((s) => parseApiError(429, null, { 'retry-after': String(s / 1000) })),
    ),
    hidden: fc.boolean(),
    pushHealthy: fc.boolean(),
    random: fc.double({ min: 0, max: 1, noNaN: true }).map((r) => () => r),
  })

  it('is false or a whole number of ms between 2 s and 24 h; hidden always stops; 429 waits at least Retry-After', () => {
    fc.assert(
      fc.property(context, (c) => {
        const delay = nextPollDelay(ITEM, c)
        if (c.hidden) expect(delay).toBe(false)
        if (delay === false) return
        expect(Number.isInteger(delay)).toBe(true)
        expect(delay).toBeGreaterThanOrEqual(2_000)
        expect(delay).toBeLessThanOrEqual(86_400_000)
        if (c.error?.kind === 'rate-limited')
          expect(delay).toBeGreaterThanOrEqual(c.error.retryAfterMs)
        if (c.pushHealthy) expect(delay).toBeGreaterThanOrEqual(60_000)
      }),
      { numRuns: 1_000 },
    )
  })
})

describe('through describeItem (real items)', () => {
  // pluggy-api-facts.md §6 and errors-and-validations.txt.
  const items: Array<[string, Item, Partial<PollContext>, number | false]> = [
    ['UPDATING', { id: 'a', status: 'UPDATING', executionStatus: 'LOGIN_IN_PROGRESS' }, {}, 2_000],
    [
      'UPDATING, 3 min in',
      { id: 'a', status: 'UPDATING', executionStatus: 'TRANSACTIONS_IN_PROGRESS' },
      { elapsedMs: 180_000 },
      10_000,
    ],
    ['CREATED', { id: 'a', status: 'CREATED', executionStatus: 'CREATED' }, {}, 2_000],
    [
      'UPDATED + SUCCESS',
      { id: 'a', status: 'UPDATED', executionStatus: 'SUCCESS', error: null, statusDetail: null },
      {},
      false,
    ],
    [
      '§6 A partial success',
      {
        id: 'a',
        status: 'UPDATED',
        executionStatus: 'PARTIAL_SUCCESS',
        statusDetail: {
          accounts: {
            isUpdated: false,
            lastUpdatedAt: '2026-07-01T10:00:00.000Z',
            warnings: [{ code: '423', message: 'quota' }],
          },
          transactions: { isUpdated: true, lastUpdatedAt: '2026-07-20T10:00:00.000Z' },
        },
      },
      {},
      false,
    ],
    [
      '§6 B MFA by SMS',
      {
        id: 'b',
        status: 'WAITING_USER_INPUT',
        executionStatus: 'WAITING_USER_INPUT',
        error: null,
        parameter: {
          name: 'token',
          label: 'Token SMS',
          type: 'number',
          mfa: true,
          expiresAt: '2026-07-20T10:05:00.000Z',
        },
      },
      {},
      false,
    ],
    [
      '§6 D user action, before expiresAt',
      {
        id: 'd',
        status: 'WAITING_USER_ACTION',
        executionStatus: 'WAITING_USER_ACTION',
        userAction: {
          type: 'authorize-access',
          instructions: 'Abra o app do banco e autorize o novo acesso.',
          attributes: { deviceNickname: 'Pluggy-7F3A' },
          expiresAt: '2026-07-20T10:10:00.000Z',
        },
      },
      {},
      5_000,
    ],
    [
      '§6 D user action, long expired',
      {
        id: 'd',
        status: 'WAITING_USER_ACTION',
        executionStatus: 'WAITING_USER_ACTION',
        userAction: { type: 'qr', instructions: 'Scan', expiresAt: '2026-07-20T09:00:00.000Z' },
      },
      {},
      false,
    ],
    [
      'USER_AUTHORIZATION_PENDING (device nickname in attributes)',
      {
        id: 'p',
        status: 'OUTDATED',
        executionStatus: 'USER_AUTHORIZATION_PENDING',
        error: {
          code: 'USER_AUTHORIZATION_PENDING',
          message: 'The user needs to grant necessary permissions for their account.',
          attributes: { deviceNickname: '123456789' },
        },
      },
      {},
      5_000,
    ],
    [
      'USER_AUTHORIZATION_PENDING, waited too long',
      {
        id: 'p',
        status: 'OUTDATED',
        executionStatus: 'USER_AUTHORIZATION_PENDING',
        error: { code: 'USER_AUTHORIZATION_PENDING', message: 'm' },
      },
      { elapsedMs: 60 * 60_000 },
      false,
    ],
    [
      '§6 E login error',
      {
        id: 'e',
        status: 'LOGIN_ERROR',
        executionStatus: 'INVALID_CREDENTIALS',
        error: {
          code: 'INVALID_CREDENTIALS',
          message: 'Invalid credentials.',
          providerMessage: 'Usuário ou senha inválidos',
        },
        consecutiveFailedLoginAttempts: 2,
      },
      {},
      false,
    ],
    [
      '§6 F site not available',
      {
        id: 'f',
        status: 'OUTDATED',
        executionStatus: 'SITE_NOT_AVAILABLE',
        error: { code: 'SITE_NOT_AVAILABLE', message: 'x' },
      },
      {},
      false,
    ],
    [
      'OUTDATED + CONNECTION_ERROR',
      {
        id: 'g',
        status: 'OUTDATED',
        executionStatus: 'CONNECTION_ERROR',
        error: { code: 'CONNECTION_ERROR', message: 'x' },
      },
      {},
      false,
    ],
    ['an unknown status', { id: 'u', status: 'TELEPORTING' }, {}, 30_000],
    [
      'an unknown status, for too long',
      { id: 'u', status: 'TELEPORTING' },
      { elapsedMs: 10 * 60_000 },
      false,
    ],
  ]

  it.each(items)('%s', (_name, item, overrides, expected) => {
    expect(nextPollDelay(item, ctx(overrides))).toBe(expected)
  })

  it('an explicit guidance wins over describeItem', () => {
    const item: Item = { id: 'a', status: 'UPDATED', executionStatus: 'SUCCESS' }
    expect(nextPollDelay(item, ctx())).toBe(false)
    expect(nextPollDelay(item, ctx({ guidance: guidance() }))).toBe(2_000)
  })
})
