import { describe, expect, it } from 'vitest'
import {
  describeItem,
  GUIDANCE_REASONS,
  parseItem,
  productKeyOf,
  type GuidedAction,
  type Item,
} from '../../../src/core'
import { NOW, failed, item } from '../../fixtures/items'

const guide = (raw: Record<string, unknown>, options = {}) =>
  describeItem(parseItem(raw), { now: NOW, ...options })
const actionTypes = (actions: GuidedAction[]) => actions.map((action) => action.type)

describe('describeItem: syncing', () => {
  it.each([
    ['UPDATING', 'LOGIN_IN_PROGRESS', 'login'],
    ['UPDATING', 'LOGIN_MFA_IN_PROGRESS', 'login-mfa'],
    ['UPDATING', 'ACCOUNTS_IN_PROGRESS', 'accounts'],
    ['UPDATING', 'CREDITCARDS_IN_PROGRESS', 'credit-cards'],
    ['UPDATING', 'TRANSACTIONS_IN_PROGRESS', 'transactions'],
    ['UPDATING', 'PAYMENT_DATA_IN_PROGRESS', 'payment-data'],
    ['UPDATING', 'INVESTMENTS_IN_PROGRESS', 'investments'],
    ['UPDATING', 'INVESTMENTS_TRANSACTIONS_IN_PROGRESS', 'investment-transactions'],
    ['UPDATING', 'INVESTMENT_TRANSACTIONS_IN_PROGRESS', 'investment-transactions'],
    ['UPDATING', 'IDENTITY_IN_PROGRESS', 'identity'],
    ['UPDATING', 'LOANS_IN_PROGRESS', 'loans'],
    ['UPDATING', 'ACCOUNT_STATEMENTS_IN_PROGRESS', 'account-statements'],
    ['UPDATING', 'CREATING', 'creating'],
    ['UPDATING', 'CREATED', 'creating'],
    ['MERGING', 'MERGING', 'merging'],
    ['CREATED', 'CREATED', 'creating'],
    ['UPDATING', 'OPPORTUNITIES_IN_PROGRESS', 'other'],
    ['UPDATING', 'SOMETHING_NEW_IN_PROGRESS', 'other'],
    ['UPDATING', undefined, 'other'],
  ])('%s + %s → syncing at step %s', (status, executionStatus, step) => {
    const guidance = guide(item({ status, executionStatus }))
    expect(guidance).toMatchObject({
      phase: 'syncing',
      reason: 'syncing',
      tone: 'info',
      step,
      terminal: false,
      retryable: false,
      fetchableProducts: [],
      alert: 'none',
    })
    expect(guidance.actions).toEqual([{ type: 'wait', step }])
  })

  it('a new run wins over the error left from the previous one', () => {
    const guidance = guide(
      item({
        status: 'UPDATING',
        executionStatus: 'LOGIN_IN_PROGRESS',
        error: { code: 'INVALID_CREDENTIALS', message: 'old' },
      }),
    )
    expect(guidance.phase).toBe('syncing')
  })
})

describe('describeItem: login errors', () => {
  it.each([
    ['INVALID_CREDENTIALS', 'invalid-credentials', ['update-credentials'], 'none', false],
    ['INVALID_CREDENTIALS_MFA', 'invalid-mfa', ['retry'], 'none', true],
    [
      'ACCOUNT_LOCKED',
      'account-locked',
      ['act-at-institution', 'update-credentials'],
      'user',
      false,
    ],
    [
      'ACCOUNT_CREDENTIALS_RESET',
      'credentials-reset',
      ['act-at-institution', 'update-credentials'],
      'user',
      false,
    ],
    ['ACCOUNT_NEEDS_ACTION', 'account-needs-action', ['act-at-institution', 'retry'], 'user', true],
    ['USER_AUTHORIZATION_NOT_GRANTED', 'consent-not-granted', ['renew-consent'], 'user', false],
    ['USER_AUTHORIZATION_REVOKED', 'consent-revoked', ['renew-consent'], 'user', false],
    ['ALREADY_LOGGED_IN', 'already-logged-in', ['retry'], 'user', true],
    ['USER_NOT_SUPPORTED', 'user-not-supported', ['contact-support'], 'user', false],
    ['SOME_FUTURE_CODE', 'login-error', ['update-credentials'], 'internal', false],
  ])('LOGIN_ERROR + %s → %s', (code, reason, actions, alert, retryable) => {
    const guidance = guide(failed('LOGIN_ERROR', code))
    expect(guidance).toMatchObject({
      phase: 'login-error',
      reason,
      tone: 'danger',
      terminal: true,
      retryable,
      alert,
      fetchableProducts: [],
      autoSync: { willRetry: false },
    })
    expect(actionTypes(guidance.actions)).toEqual(actions)
  })

  it('asks for the connector fields when credentials are invalid', () => {
    const guidance = guide(failed('LOGIN_ERROR', 'INVALID_CREDENTIALS'))
    const [action] = guidance.actions
    expect(action?.type === 'update-credentials' && action.fields.map((f) => f.name)).toEqual([
      'user',
      'password',
    ])
  })

  it('re-asks one-step MFA codes together with the credentials', () => {
    const connector = {
      id: 9,
      name: 'Token Bank',
      credentials: [
        { name: 'user', label: 'User' },
        { name: 'token', label: 'Token', mfa: true },
      ],
    }
    const guidance = guide({ ...failed('LOGIN_ERROR', 'INVALID_CREDENTIALS_MFA'), connector })
    expect(actionTypes(guidance.actions)).toEqual(['update-credentials'])
  })

  it('points at the institution with its own words and a safe reset link', () => {
    const guidance = guide(
      failed('LOGIN_ERROR', 'ACCOUNT_LOCKED', { providerMessage: 'Conta bloqueada.' }),
    )
    expect(guidance.providerMessage).toBe('Conta bloqueada.')
    expect(guidance.actions[0]).toEqual({
      type: 'act-at-institution',
      providerMessage: 'Conta bloqueada.',
      resetPasswordUrl: 'https://bank.example/reset',
    })
  })

  it('never offers a reset link that is not http(s)', () => {
    const raw = failed('LOGIN_ERROR', 'ACCOUNT_LOCKED')
    raw.connector = { id: 1, name: 'Evil', resetPasswordUrl: 'javascript:alert(1)' }
    const [action] = guide(raw).actions
    expect(action).toEqual({ type: 'act-at-institution' })
  })

  it('warns about a lock-out after repeated failures', () => {
    const raw = {
      ...failed('LOGIN_ERROR', 'INVALID_CREDENTIALS'),
      consecutiveFailedLoginAttempts: 2,
    }
    expect(guide(raw).notices).toContainEqual({ type: 'lockout-risk', failedAttempts: 2 })
    const once = { ...raw, consecutiveFailedLoginAttempts: 1 }
    expect(guide(once).notices).toEqual([])
    expect(guide(once, { lockoutWarningAttempts: 1 }).notices).toHaveLength(1)
  })

  it('contact-support carries the code for the support team', () => {
    const [action] = guide(failed('LOGIN_ERROR', 'USER_NOT_SUPPORTED')).actions
    expect(action).toEqual({ type: 'contact-support', code: 'USER_NOT_SUPPORTED' })
  })
})

describe('describeItem: outdated', () => {
  it.each([
    ['SITE_NOT_AVAILABLE', 'site-not-available', 'user'],
    ['CONNECTION_ERROR', 'connection-error', 'internal'],
    ['ERROR', 'unexpected-error', 'internal'],
    ['UNEXPECTED_ERROR', 'unexpected-error', 'internal'],
    ['MERGE_ERROR', 'unexpected-error', 'internal'],
    ['USER_INPUT_TIMEOUT', 'input-timeout', 'none'],
    ['BRAND_NEW_CODE', 'outdated', 'internal'],
  ])('OUTDATED + %s → %s', (code, reason, alert) => {
    const guidance = guide(failed('OUTDATED', code))
    expect(guidance).toMatchObject({
      phase: 'outdated',
      reason,
      alert,
      terminal: true,
      retryable: true,
      fetchableProducts: [],
    })
    expect(actionTypes(guidance.actions)).toEqual(['retry'])
  })

  it('reads the code from error.code when it differs from executionStatus', () => {
    const raw = item({
      status: 'OUTDATED',
      executionStatus: 'CONNECTION_ERROR',
      error: { code: 'SITE_NOT_AVAILABLE', message: 'x' },
    })
    expect(guide(raw).reason).toBe('site-not-available')
  })

  it('falls back to executionStatus when there is no error object', () => {
    const raw = item({ status: 'OUTDATED', executionStatus: 'SITE_NOT_AVAILABLE', error: null })
    expect(guide(raw).reason).toBe('site-not-available')
  })

  it('says when auto-sync retries next, and how many attempts remain', () => {
    const raw = {
      ...failed('OUTDATED', 'SITE_NOT_AVAILABLE'),
      nextAutoSyncAt: '2026-07-20T11:00:00Z',
    }
    expect(guide(raw).autoSync).toEqual({
      willRetry: true,
      nextAttemptAt: '2026-07-20T11:00:00.000Z',
    })
    expect(guide(raw, { autoSyncAttempts: 3 }).autoSync).toMatchObject({ attemptsLeft: 2 })
    expect(guide(raw, { autoSyncAttempts: 5 }).autoSync).toEqual({
      willRetry: false,
      attemptsLeft: 0,
    })
  })

  it('estimates the hourly retry when auto-sync is on but unscheduled', () => {
    const raw = {
      ...failed('OUTDATED', 'SITE_NOT_AVAILABLE'),
      nextAutoSyncAt: undefined,
      autoSyncDisabledAt: null,
    }
    expect(guide(raw).autoSync).toEqual({
      willRetry: true,
      nextAttemptAt: '2026-07-20T10:59:00.000Z',
    })
  })

  it('says automatic retries stopped when auto-sync is disabled', () => {
    const raw = {
      ...failed('OUTDATED', 'CONNECTION_ERROR'),
      nextAutoSyncAt: '2026-07-20T11:00:00Z',
      autoSyncDisabledAt: '2026-07-20T09:00:00Z',
    }
    const guidance = guide(raw)
    expect(guidance.autoSync).toEqual({ willRetry: false })
    expect(guidance.notices).toContainEqual({
      type: 'auto-sync-disabled',
      since: '2026-07-20T09:00:00.000Z',
    })
  })

  it('does not offer a retry while the connector is offline, and says why', () => {
    const raw = failed('OUTDATED', 'SITE_NOT_AVAILABLE')
    raw.connector = { id: 1, name: 'Down Bank', health: { status: 'OFFLINE', stage: null } }
    const guidance = guide(raw)
    expect(guidance.retryable).toBe(false)
    expect(guidance.notices).toContainEqual({ type: 'connector-health', status: 'OFFLINE' })
  })
})

describe('describeItem: waiting for the user', () => {
  const token = {
    name: 'token',
    label: 'Token SMS',
    type: 'number',
    validation: '^\\d{6}$',
    expiresAt: '2026-07-20T10:05:00.000Z',
  }

  it('asks for the MFA parameter and lets polling stop', () => {
    const guidance = guide(
      item({
        status: 'WAITING_USER_INPUT',
        executionStatus: 'WAITING_USER_INPUT',
        parameter: token,
      }),
    )
    expect(guidance).toMatchObject({ phase: 'waiting-user', reason: 'mfa', terminal: true })
    expect(guidance.actions).toEqual([
      { type: 'provide-mfa', parameter: token, expiresAt: '2026-07-20T10:05:00.000Z' },
    ])
  })

  it.each(['text', 'number', 'password', 'select', 'image', 'oauth', 'hcaptcha', 'string'])(
    'passes an MFA parameter of type %s through untouched',
    (type) => {
      const parameter = { ...token, type, data: 'data:image/png;base64,AAAA' }
      const [action] = guide(item({ status: 'WAITING_USER_INPUT', parameter })).actions
      expect(action).toMatchObject({ type: 'provide-mfa', parameter: { type } })
    },
  )

  it('tells the user when the code expired', () => {
    const parameter = { ...token, expiresAt: '2026-07-20T09:59:00.000Z' }
    const guidance = guide(item({ status: 'WAITING_USER_INPUT', parameter }))
    expect(guidance).toMatchObject({ reason: 'mfa-expired', retryable: true })
    expect(actionTypes(guidance.actions)).toEqual(['retry'])
  })

  it('follows a user action until it expires', () => {
    const userAction = {
      type: 'authorize-access',
      instructions: 'Abra o app do banco e autorize o novo acesso.',
      attributes: { deviceNickname: 'Pluggy-7F3A' },
      expiresAt: '2026-07-20T10:10:00.000Z',
    }
    const waiting = guide(item({ status: 'WAITING_USER_ACTION', userAction }))
    expect(waiting).toMatchObject({ reason: 'user-action', terminal: false })
    expect(waiting.actions).toEqual([
      {
        type: 'complete-user-action',
        userAction,
        expiresAt: '2026-07-20T10:10:00.000Z',
        deviceNickname: 'Pluggy-7F3A',
      },
    ])
    const late = guide(item({ status: 'WAITING_USER_ACTION', userAction }), {
      now: new Date('2026-07-20T10:11:00Z'),
    })
    expect(late.reason).toBe('user-action-expired')
  })

  it.each([
    [
      'error.attributes',
      {
        error: {
          code: 'USER_AUTHORIZATION_PENDING',
          message: 'x',
          attributes: { deviceNickname: 'dev-1' },
        },
      },
    ],
    [
      'legacy error.metadata',
      {
        error: {
          code: 'USER_AUTHORIZATION_PENDING',
          message: 'x',
          metadata: { deviceNickname: 'dev-1' },
        },
      },
    ],
    [
      'userAction.attributes',
      {
        error: { code: 'USER_AUTHORIZATION_PENDING', message: 'x' },
        userAction: {
          type: 'authorize-access',
          instructions: '',
          attributes: { deviceNickname: 'dev-1' },
        },
      },
    ],
  ])('finds the device nickname in %s', (_where, extra) => {
    const guidance = guide(
      item({ status: 'OUTDATED', executionStatus: 'USER_AUTHORIZATION_PENDING', ...extra }),
    )
    expect(guidance).toMatchObject({ phase: 'waiting-user', reason: 'device-authorization' })
    expect(guidance.actions[0]).toEqual({ type: 'authorize-device', deviceNickname: 'dev-1' })
    expect(guidance.actions[1]).toEqual({ type: 'retry' })
  })
})

describe('describeItem: updated', () => {
  it('lets the host fetch what was requested and carries warnings with catalog hints', () => {
    const guidance = guide(
      item({
        connector: { id: 2, name: 'XP Investimentos', type: 'INVESTMENT' },
        statusDetail: {
          accounts: { isUpdated: true, lastUpdatedAt: '2026-07-20T09:59:00Z', warnings: [] },
          investments: {
            isUpdated: true,
            lastUpdatedAt: '2026-07-20T09:59:00Z',
            warnings: [
              {
                code: '001',
                message: '001 - User does not have permissions to access Treasury assets',
                providerMessage: 'A Conta não está habilitada para operar no Tesouro Direto…',
              },
            ],
          },
          transactions: null,
        },
      }),
    )
    expect(guidance).toMatchObject({
      phase: 'ready',
      reason: 'updated',
      tone: 'success',
      alert: 'none',
    })
    expect(guidance.fetchableProducts).toEqual(['accounts', 'investments'])
    expect(guidance.warnings).toEqual([
      expect.objectContaining({
        product: 'investments',
        catalogId: 'xp-treasury-permissions',
        hint: 'User must grant access to this product to be recovered.',
      }),
    ])
  })

  it('maps requested ProductType names when statusDetail is null', () => {
    const guidance = guide(
      item({ products: ['ACCOUNTS', 'INVESTMENTS_TRANSACTIONS', 'BROKERAGE_NOTE'] }),
    )
    expect(guidance.fetchableProducts).toEqual(['accounts', 'investmentTransactions'])
  })

  it.each([
    [['transactions'], 'internal'],
    [['investments'], 'user'],
  ])('partial success failing %j raises an %s alert', (failedProducts, alert) => {
    const statusDetail = {
      accounts: { isUpdated: true, lastUpdatedAt: null },
      transactions: { isUpdated: !failedProducts.includes('transactions'), lastUpdatedAt: null },
      investments: { isUpdated: !failedProducts.includes('investments'), lastUpdatedAt: null },
    }
    const guidance = guide(item({ executionStatus: 'PARTIAL_SUCCESS', statusDetail }))
    expect(guidance).toMatchObject({ phase: 'partial', alert, failedProducts, retryable: true })
    expect(guidance.fetchableProducts).not.toContain(failedProducts[0])
    expect(guidance.autoSync.willRetry).toBe(false)
  })

  it('honours the host critical products', () => {
    const statusDetail = { investments: { isUpdated: false, lastUpdatedAt: null } }
    const raw = item({ executionStatus: 'PARTIAL_SUCCESS', statusDetail })
    expect(guide(raw, { criticalProducts: ['investments'] }).alert).toBe('internal')
  })

  it.each([
    ['2026-07-25T10:00:00Z', 'consent-expiring', 'warning'],
    ['2026-07-19T10:00:00Z', 'consent-expired', 'danger'],
  ])('Open Finance consent ending %s → %s', (consentExpiresAt, reason, tone) => {
    const guidance = guide(item({ consentExpiresAt }))
    expect(guidance).toMatchObject({ phase: 'ready', reason, tone, alert: 'user' })
    expect(guidance.actions[0]?.type).toBe('renew-consent')
  })

  it('does not nag about consent far from expiry, unless the host asks', () => {
    const raw = item({ consentExpiresAt: '2026-08-20T10:00:00Z' })
    expect(guide(raw).reason).toBe('updated')
    expect(guide(raw, { consentWarningDays: 45 }).reason).toBe('consent-expiring')
  })

  it('says when the next scheduled sync happens', () => {
    const guidance = guide(item({ nextAutoSyncAt: '2026-07-21T10:00:00Z' }))
    expect(guidance.autoSync).toEqual({
      willRetry: false,
      nextAttemptAt: '2026-07-21T10:00:00.000Z',
    })
  })
})

describe('describeItem: unknown', () => {
  it('gives a neutral retry for a status it does not know', () => {
    const guidance = guide(item({ status: 'HIBERNATING', executionStatus: 'DREAMING' }))
    expect(guidance).toMatchObject({
      phase: 'unknown',
      reason: 'unknown',
      tone: 'neutral',
      alert: 'internal',
      retryable: true,
    })
  })

  it('survives objects that throw when read', () => {
    const hostile = { id: 'x', status: 'UPDATED' } as Item
    Object.defineProperty(hostile, 'statusDetail', {
      get() {
        throw new Error('boom')
      },
    })
    expect(describeItem(hostile).phase).toBe('unknown')
  })

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'treats the API string %s as unknown data, not a prototype property',
    (value) => {
      const syncing = guide(item({ status: 'UPDATING', executionStatus: value }))
      expect(syncing.step).toBe('other')
      const failing = guide(failed('LOGIN_ERROR', value))
      expect(failing).toMatchObject({ phase: 'login-error', reason: 'login-error' })
      expect(productKeyOf(value)).toBeUndefined()
      expect(guide(item({ products: [value, 'ACCOUNTS'] })).fetchableProducts).toEqual(['accounts'])
    },
  )

  it('accepts pluggy-sdk items with Date objects', () => {
    const sdkItem = {
      ...item({ status: 'OUTDATED', executionStatus: 'SITE_NOT_AVAILABLE' }),
      error: { code: 'SITE_NOT_AVAILABLE', message: 'x' },
      nextAutoSyncAt: new Date('2026-07-20T11:00:00Z'),
      updatedAt: new Date('2026-07-20T09:59:00Z'),
    } as unknown as Item
    expect(describeItem(sdkItem, { now: NOW }).autoSync.nextAttemptAt).toBe(
      '2026-07-20T11:00:00.000Z',
    )
  })
})

it('every reason it can return is in the published vocabulary', () => {
  const all = Object.values(GUIDANCE_REASONS).flat() as string[]
  const statuses = ['UPDATED', 'UPDATING', 'LOGIN_ERROR', 'OUTDATED', 'WAITING_USER_INPUT', 'X']
  const codes = ['SUCCESS', 'PARTIAL_SUCCESS', 'INVALID_CREDENTIALS', 'SITE_NOT_AVAILABLE', 'ERROR']
  for (const status of statuses) {
    for (const code of codes) {
      expect(all).toContain(guide(failed(status, code)).reason)
    }
  }
})
