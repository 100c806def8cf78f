import { describe, expect, it } from 'vitest'
import {
  KNOWN_WARNING_ROWS,
  SANDBOX_QR_PNG,
  SANDBOX_SCENARIOS,
  SandboxError,
} from '../../src/testing'
import type { Item, ProductState } from '../../src/core'
import { expectWireItem, runToRest, testSandbox } from './sandbox-helpers'

const MINUTE = 60_000
const DAY = 86_400_000

describe('every named scenario', () => {
  it('has a unique kebab-case name and a one-line description', () => {
    const names = SANDBOX_SCENARIOS.map((s) => s.name)
    expect(new Set(names).size).toBe(names.length)
    for (const s of SANDBOX_SCENARIOS) {
      expect(s.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(s.description.length).toBeGreaterThan(10)
      expect(s.description).not.toContain('\n')
    }
  })

  it.each(SANDBOX_SCENARIOS.map((s) => [s.name, s] as const))(
    '%s starts UPDATING and settles where it says, as Pluggy-shaped JSON',
    (name, scenario) => {
      const { sandbox } = testSandbox()
      const created = sandbox.createItem(name)
      expect(created.status).toBe('UPDATING')
      expect(created.executionStatus).toBe('CREATED')
      expectWireItem(created)
      const { item, seen } = runToRest(sandbox, created.id)
      expect(seen[0]).toBe('CREATED')
      expect(seen).toContain('LOGIN_IN_PROGRESS')
      expect(item.status).toBe(scenario.settles.status)
      expect(item.executionStatus).toBe(scenario.settles.executionStatus)
      expectWireItem(item)
      expect(item.connector?.id).toBe(scenario.connectorId ?? 0)
      // The state is a function of the clock: reading again changes nothing.
      expect(sandbox.getItem(created.id)).toEqual(item)
    },
  )

  it('jumps straight to the end with stepMs 0', () => {
    const { sandbox } = testSandbox({ stepMs: 0 })
    expect(sandbox.createItem('success').status).toBe('UPDATED')
    expect(sandbox.createItem('invalid-credentials').status).toBe('LOGIN_ERROR')
  })
})

describe('sync results', () => {
  it('success: collects every product in order, statusDetail null, auto-sync in 24 h', () => {
    const { sandbox, clock } = testSandbox()
    const start = clock.now()
    const created = sandbox.createItem('success')
    const { item, seen } = runToRest(sandbox, created.id)
    expect(seen).toEqual([
      'CREATED',
      'LOGIN_IN_PROGRESS',
      'ACCOUNTS_IN_PROGRESS',
      'CREDITCARDS_IN_PROGRESS',
      'TRANSACTIONS_IN_PROGRESS',
      'INVESTMENTS_IN_PROGRESS',
      'IDENTITY_IN_PROGRESS',
    ])
    const end = start + 7 * 400
    expect(item).toMatchObject({ status: 'UPDATED', executionStatus: 'SUCCESS', error: null })
    expect(item.statusDetail).toBeNull()
    expect(item.lastUpdatedAt).toBe(new Date(end).toISOString())
    expect(item.updatedAt).toBe(new Date(end).toISOString())
    expect(item.nextAutoSyncAt).toBe(new Date(end + DAY).toISOString())
    expect(item.products).toEqual([
      'ACCOUNTS',
      'CREDIT_CARDS',
      'TRANSACTIONS',
      'INVESTMENTS',
      'IDENTITY',
    ])
  })

  it('success-with-warnings: the errors page investments warning on a collected product', () => {
    const { sandbox } = testSandbox({ stepMs: 0 })
    const item = sandbox.createItem('success-with-warnings')
    expect(item.executionStatus).toBe('SUCCESS')
    expect(item.statusDetail?.investments).toMatchObject({
      isUpdated: true,
      warnings: [
        {
          code: '001',
          message: 'User lacks permissions to view investments on this account',
          providerMessage: 'Seu perfil de usuário não está habilitado para esta transação.',
        },
      ],
    })
    expect(item.statusDetail?.loans).toBeNull()
  })

  it('partial-success: accounts updated, transactions failed with its previous date, creditCards null', () => {
    const { sandbox, clock } = testSandbox({ stepMs: 0 })
    const now = clock.now()
    const item = sandbox.createItem('partial-success')
    expect(item).toMatchObject({
      status: 'UPDATED',
      executionStatus: 'PARTIAL_SUCCESS',
      error: null,
    })
    expect(item.statusDetail?.accounts).toEqual({
      isUpdated: true,
      lastUpdatedAt: new Date(now).toISOString(),
      warnings: [],
    })
    expect(item.statusDetail?.transactions).toEqual({
      isUpdated: false,
      lastUpdatedAt: new Date(now - 2 * DAY).toISOString(),
      warnings: [],
    })
    expect(item.statusDetail?.creditCards).toBeNull()
  })

  it('partial-non-critical fails only investments; the Open Finance quota case carries warning 423', () => {
    const { sandbox } = testSandbox({ stepMs: 0 })
    const partial = sandbox.createItem('partial-non-critical')
    const failed = Object.entries(partial.statusDetail ?? {})
      .filter(([, state]) => state && !(state as ProductState).isUpdated)
      .map(([key]) => key)
    expect(failed).toEqual(['investments'])
    const quota = sandbox.createItem('partial-open-finance-quota')
    expect(quota.connector?.isOpenFinance).toBe(true)
    expect(quota.statusDetail?.accounts?.warnings?.[0]?.code).toBe('423')
    expect(quota.statusDetail?.transactions?.isUpdated).toBe(true)
  })

  it.each(KNOWN_WARNING_ROWS.map((row) => [row.id, row] as const))(
    'known warning %s arrives on its product, verbatim',
    (id, row) => {
      const { sandbox } = testSandbox({ stepMs: 0 })
      const item = sandbox.createItem(`warning-${id}`)
      const state = item.statusDetail?.[row.product]
      expect(state?.isUpdated).toBe(row.isUpdated ?? false)
      expect(state?.warnings?.[0]?.message).toBe(row.message)
      expect(state?.warnings?.[0]?.providerMessage).toBe(row.providerMessage)
      expect(state?.warnings?.[0]?.code).toMatch(/^\d{3}$/)
    },
  )

  it('the XP and Santander PJ warnings of the errors page', () => {
    const { sandbox } = testSandbox({ stepMs: 0 })
    const xp = sandbox.createItem('warning-xp-treasury-permission')
    expect(xp.connector?.name).toBe('XP Investimentos')
    expect(xp.statusDetail?.investments?.warnings?.[0]).toEqual({
      code: '001',
      message: '001 - User does not have permissions to access Treasury assets',
      providerMessage:
        'A Conta não está habilitada para operar no Tesouro Direto pois já existe outra conta XP Inc atrelada ao CPF do cliente. Caso queira trocar a conta habilitada, entre em contato com seu assessor.',
    })
    const santander = sandbox.createItem('warning-santander-pj-extrato-365-transactions')
    expect(santander.connector).toMatchObject({ name: 'Santander PJ', type: 'BUSINESS_BANK' })
    expect(santander.executionStatus).toBe('SUCCESS')
    expect(santander.statusDetail?.transactions?.warnings?.[0]?.code).toBe('003')
    expect(santander.statusDetail?.transactions?.warnings?.[0]?.message).toContain(
      'Extrato 365 dias',
    )
  })
})

describe('login errors', () => {
  const codes = [
    ['invalid-credentials', 'INVALID_CREDENTIALS'],
    ['invalid-credentials-open-finance', 'INVALID_CREDENTIALS'],
    ['invalid-credentials-mfa', 'INVALID_CREDENTIALS_MFA'],
    ['account-locked', 'ACCOUNT_LOCKED'],
    ['account-credentials-reset', 'ACCOUNT_CREDENTIALS_RESET'],
    ['account-needs-action', 'ACCOUNT_NEEDS_ACTION'],
    ['user-authorization-not-granted', 'USER_AUTHORIZATION_NOT_GRANTED'],
    ['user-authorization-revoked', 'USER_AUTHORIZATION_REVOKED'],
    ['already-logged-in', 'ALREADY_LOGGED_IN'],
    ['user-not-supported', 'USER_NOT_SUPPORTED'],
  ] as const

  it.each(codes)('%s → LOGIN_ERROR / %s with error.code', (name, code) => {
    const { sandbox } = testSandbox({ stepMs: 0 })
    const item = sandbox.createItem(name)
    expect(item).toMatchObject({ status: 'LOGIN_ERROR', executionStatus: code, statusDetail: null })
    expect(item.error?.code).toBe(code)
    expect(item.error?.message).toBeTruthy()
    expect(item.nextAutoSyncAt).toBeNull()
  })

  it('ACCOUNT_NEEDS_ACTION carries a Portuguese providerMessage; the docs example is verbatim', () => {
    const { sandbox } = testSandbox({ stepMs: 0 })
    expect(sandbox.createItem('account-needs-action').error?.providerMessage).toMatch(/você/i)
    expect(sandbox.createItem('account-needs-action-docs-example').error).toEqual({
      code: 'ACCOUNT_NEEDS_ACTION',
      message: 'Account needs a manual user action.',
      providerMessage: 'Your password should be changed',
    })
  })

  it('Open Finance errors come from an Open Finance connector (id ≥ 600)', () => {
    const { sandbox } = testSandbox({ stepMs: 0 })
    for (const name of ['invalid-credentials-open-finance', 'user-authorization-revoked']) {
      const item = sandbox.createItem(name)
      expect(item.connector?.isOpenFinance).toBe(true)
      expect(item.connector?.id).toBeGreaterThanOrEqual(600)
    }
  })

  it('invalid-credentials counts failures; PATCH {} fails again, new good credentials sync', () => {
    const { sandbox, api } = testSandbox({ stepMs: 0 })
    const { id } = sandbox.createItem('invalid-credentials')
    expect(sandbox.getItem(id)?.consecutiveFailedLoginAttempts).toBe(1)
    expect(api('PATCH', `/items/${id}`, {}).status).toBe(200)
    expect(sandbox.getItem(id)).toMatchObject({
      status: 'LOGIN_ERROR',
      consecutiveFailedLoginAttempts: 2,
    })
    const fixed = api('PATCH', `/items/${id}`, {
      parameters: { user: 'user-ok', password: 'password-ok' },
    })
    expect(fixed.body).toMatchObject({ status: 'UPDATED', executionStatus: 'SUCCESS' })
    expect(sandbox.getItem(id)?.consecutiveFailedLoginAttempts).toBe(0)
  })

  it('lockout-risk sits at two failed attempts', () => {
    const { sandbox } = testSandbox({ stepMs: 0 })
    expect(sandbox.createItem('lockout-risk').consecutiveFailedLoginAttempts).toBe(2)
  })

  it('user-not-supported fails again on retry; already-logged-in works on retry', () => {
    const { sandbox, api } = testSandbox({ stepMs: 0 })
    const unsupported = sandbox.createItem('user-not-supported')
    expect(api('PATCH', `/items/${unsupported.id}`, {}).body).toMatchObject({
      executionStatus: 'USER_NOT_SUPPORTED',
    })
    const session = sandbox.createItem('already-logged-in')
    expect(api('PATCH', `/items/${session.id}`, {}).body).toMatchObject({
      executionStatus: 'SUCCESS',
    })
  })
})

describe('outdated', () => {
  it.each([
    ['site-not-available', 'SITE_NOT_AVAILABLE', 'SITE_NOT_AVAILABLE'],
    ['outdated-error', 'ERROR', 'UNEXPECTED_ERROR'],
    ['connection-error', 'CONNECTION_ERROR', 'CONNECTION_ERROR'],
    ['unexpected-error', 'UNEXPECTED_ERROR', 'UNEXPECTED_ERROR'],
    ['user-input-timeout', 'USER_INPUT_TIMEOUT', 'USER_INPUT_TIMEOUT'],
    ['outdated-mismatched-code', 'CONNECTION_ERROR', 'UNEXPECTED_ERROR'],
  ])('%s → OUTDATED / %s (error.code %s), auto-sync retry in 1 h', (name, status, code) => {
    const { sandbox, clock } = testSandbox({ stepMs: 0 })
    const item = sandbox.createItem(name)
    expect(item).toMatchObject({ status: 'OUTDATED', executionStatus: status, statusDetail: null })
    expect(item.error?.code).toBe(code)
    expect(item.nextAutoSyncAt).toBe(new Date(clock.now() + 3_600_000).toISOString())
  })

  it('connection-error is the errors page example verbatim', () => {
    const { sandbox } = testSandbox({ stepMs: 0 })
    expect(sandbox.createItem('connection-error').error).toEqual({
      code: 'CONNECTION_ERROR',
      message: 'Connectivity error, please try again.',
    })
  })

  it('outdated-recovers: PATCH → UPDATING → UPDATED / SUCCESS', () => {
    const { sandbox, api } = testSandbox()
    const { id } = sandbox.createItem('outdated-recovers')
    expect(runToRest(sandbox, id).item.status).toBe('OUTDATED')
    const patched = api('PATCH', `/items/${id}`, {})
    expect(patched.status).toBe(200)
    expect(patched.body).toMatchObject({ status: 'UPDATING', error: null })
    const { item, seen } = runToRest(sandbox, id)
    expect(seen).toContain('TRANSACTIONS_IN_PROGRESS')
    expect(item).toMatchObject({ status: 'UPDATED', executionStatus: 'SUCCESS', error: null })
  })

  it('site-not-available keeps failing on retry', () => {
    const { sandbox, api } = testSandbox({ stepMs: 0 })
    const { id } = sandbox.createItem('site-not-available')
    expect(api('PATCH', `/items/${id}`, {}).body).toMatchObject({ status: 'OUTDATED' })
  })
})

describe('MFA', () => {
  function waitingItem(name: string) {
    const env = testSandbox()
    const { id } = env.sandbox.createItem(name)
    const { item } = runToRest(env.sandbox, id)
    return { ...env, id, item }
  }

  it('mfa-number: a 6-digit token parameter with validation and expiresAt; 123456 syncs', () => {
    const { id, item, api, sandbox, clock } = waitingItem('mfa-number')
    expect(item).toMatchObject({
      status: 'WAITING_USER_INPUT',
      executionStatus: 'WAITING_USER_INPUT',
    })
    expect(item.parameter).toMatchObject({
      name: 'token',
      type: 'number',
      validation: '^\\d{6}$',
      validationMessage: expect.any(String),
    })
    expect(item.parameter?.expiresAt).toBe(new Date(clock.now() + 5 * MINUTE).toISOString())
    const answered = api('POST', `/items/${id}/mfa`, { token: '123456' })
    expect(answered.status).toBe(200)
    expect(answered.body).toMatchObject({
      status: 'UPDATING',
      executionStatus: 'LOGIN_MFA_IN_PROGRESS',
    })
    expect(runToRest(sandbox, id).item).toMatchObject({
      status: 'UPDATED',
      executionStatus: 'SUCCESS',
    })
  })

  it('mfa-number: another 6-digit code ends LOGIN_ERROR / INVALID_CREDENTIALS_MFA', () => {
    const { id, api, sandbox } = waitingItem('mfa-number')
    api('POST', `/items/${id}/mfa`, { token: '654321' })
    const { item } = runToRest(sandbox, id)
    expect(item).toMatchObject({
      status: 'LOGIN_ERROR',
      executionStatus: 'INVALID_CREDENTIALS_MFA',
    })
    expect(item.consecutiveFailedLoginAttempts).toBe(1)
  })

  it('mfa-number: a token that breaks the rule is a 400 and the item keeps waiting', () => {
    const { id, api, sandbox } = waitingItem('mfa-number')
    const response = api('POST', `/items/${id}/mfa`, { token: '12a' })
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({
      code: 400,
      details: [{ code: '002', parameter: 'token', message: 'O token deve ter 6 números.' }],
    })
    expect(api('POST', `/items/${id}/mfa`, {}).body).toMatchObject({
      details: [{ code: '001', parameter: 'token' }],
    })
    expect(sandbox.getItem(id)?.status).toBe('WAITING_USER_INPUT')
  })

  it('mfa-text, mfa-select and mfa-image: their parameter types, then success', () => {
    const text = waitingItem('mfa-text')
    expect(text.item.parameter).toMatchObject({ type: 'text', name: 'keyword' })
    text.api('POST', `/items/${text.id}/mfa`, { keyword: 'farol' })
    expect(runToRest(text.sandbox, text.id).item.executionStatus).toBe('SUCCESS')

    const select = waitingItem('mfa-select')
    expect(select.item.parameter?.type).toBe('select')
    expect(select.item.parameter?.options?.length).toBeGreaterThan(1)
    expect(select.api('POST', `/items/${select.id}/mfa`, { account: '9' }).status).toBe(400)
    select.api('POST', `/items/${select.id}/mfa`, { account: '2' })
    expect(runToRest(select.sandbox, select.id).item.executionStatus).toBe('SUCCESS')

    const image = waitingItem('mfa-image')
    expect(image.item.parameter).toMatchObject({ type: 'image', data: SANDBOX_QR_PNG })
    expect(image.item.parameter?.expiresAt).toBeTruthy()
    image.api('POST', `/items/${image.id}/mfa`, { qrCodeAnswer: '998877' })
    expect(runToRest(image.sandbox, image.id).item.executionStatus).toBe('SUCCESS')
  })

  it('the QR image is a valid PNG', () => {
    const base64 = SANDBOX_QR_PNG.replace('data:image/png;base64,', '')
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
    expect([...bytes.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10])
    expect(new TextDecoder().decode(bytes.slice(12, 16))).toBe('IHDR')
    expect(new TextDecoder().decode(bytes.slice(-8, -4))).toBe('IEND')
  })

  it('an unanswered prompt expires into OUTDATED / USER_INPUT_TIMEOUT; answering then is a 400', () => {
    const { id, api, sandbox, clock } = waitingItem('mfa-number')
    sandbox.advance(5 * MINUTE - 1)
    expect(sandbox.getItem(id)?.status).toBe('WAITING_USER_INPUT')
    sandbox.advance(1)
    const item = sandbox.getItem(id) as Item
    expect(item).toMatchObject({ status: 'OUTDATED', executionStatus: 'USER_INPUT_TIMEOUT' })
    expect(item.updatedAt).toBe(new Date(clock.now()).toISOString())
    expect(api('POST', `/items/${id}/mfa`, { token: '123456' }).status).toBe(400)
  })

  it('POST /items on the MFA connector checks the password before asking for the token', () => {
    const { api, sandbox } = testSandbox({ stepMs: 0 })
    const bad = api('POST', '/items', {
      connectorId: 5,
      parameters: { user: 'user-ok', password: 'x' },
    })
    expect(bad.body).toMatchObject({
      status: 'LOGIN_ERROR',
      executionStatus: 'INVALID_CREDENTIALS',
    })
    const good = api('POST', '/items', {
      connectorId: 5,
      parameters: { user: 'user-ok', password: 'password-ok' },
    })
    const id = (good.body as Item).id
    expect(sandbox.getItem(id)?.status).toBe('WAITING_USER_INPUT')
  })
})

describe('device authorization and user actions', () => {
  it('device-authorization: pending with deviceNickname until approveDevice, then syncs', () => {
    const { sandbox } = testSandbox()
    const { id } = sandbox.createItem('device-authorization')
    const pending = runToRest(sandbox, id).item
    expect(pending.executionStatus).toBe('USER_AUTHORIZATION_PENDING')
    expect(pending.error).toEqual({
      code: 'USER_AUTHORIZATION_PENDING',
      message: 'The user needs to grant necessary permissions for their account.',
      attributes: { deviceNickname: '123456789' },
    })
    sandbox.advance(DAY)
    expect(sandbox.getItem(id)?.executionStatus).toBe('USER_AUTHORIZATION_PENDING')
    expect(sandbox.approveDevice(id).status).toBe('UPDATING')
    expect(runToRest(sandbox, id).item).toMatchObject({
      status: 'UPDATED',
      executionStatus: 'SUCCESS',
    })
  })

  it('approving early skips the pending state; a PATCH before approval asks again', () => {
    const { sandbox, api } = testSandbox()
    const early = sandbox.createItem('device-authorization')
    sandbox.approveDevice(early.id)
    const { item, seen } = runToRest(sandbox, early.id)
    expect(seen).not.toContain('USER_AUTHORIZATION_PENDING')
    expect(item.executionStatus).toBe('SUCCESS')

    const late = sandbox.createItem('device-authorization')
    runToRest(sandbox, late.id)
    expect(api('PATCH', `/items/${late.id}`, {}).status).toBe(200)
    expect(runToRest(sandbox, late.id).item.executionStatus).toBe('USER_AUTHORIZATION_PENDING')
  })

  it.each([
    ['user-action-authorize-access', 'authorize-access'],
    ['user-action-qr', 'qr'],
  ])('%s: WAITING_USER_ACTION (%s) with expiresAt; completeUserAction goes on', (name, type) => {
    const { sandbox, clock } = testSandbox()
    const { id } = sandbox.createItem(name)
    const waiting = runToRest(sandbox, id).item
    expect(waiting).toMatchObject({
      status: 'WAITING_USER_ACTION',
      executionStatus: 'WAITING_USER_ACTION',
    })
    expect(waiting.userAction?.type).toBe(type)
    expect(waiting.userAction?.instructions).toBeTruthy()
    expect(waiting.userAction?.expiresAt).toBe(new Date(clock.now() + 10 * MINUTE).toISOString())
    sandbox.completeUserAction(id)
    expect(runToRest(sandbox, id).item.executionStatus).toBe('SUCCESS')
  })

  it('a user action left alone times out; completing it then is an error', () => {
    const { sandbox } = testSandbox()
    const { id } = sandbox.createItem('user-action-qr')
    runToRest(sandbox, id)
    sandbox.advance(10 * MINUTE)
    expect(sandbox.getItem(id)).toMatchObject({
      status: 'OUTDATED',
      executionStatus: 'USER_INPUT_TIMEOUT',
    })
    expect(() => sandbox.completeUserAction(id)).toThrow(SandboxError)
    expect(() => sandbox.approveDevice('nope')).toThrow(/not found/)
  })
})

describe('conditions around the item', () => {
  it('consent-expiring: consentExpiresAt within 7 days; open-finance: a year away', () => {
    const { sandbox, clock } = testSandbox({ stepMs: 0 })
    const expiring = sandbox.createItem('consent-expiring')
    const left = Date.parse(String(expiring.consentExpiresAt)) - clock.now()
    expect(left).toBeGreaterThan(0)
    expect(left).toBeLessThanOrEqual(7 * DAY)
    const fresh = sandbox.createItem('open-finance')
    expect(Date.parse(String(fresh.consentExpiresAt)) - clock.now()).toBe(365 * DAY)
    expect(sandbox.createItem('success').consentExpiresAt).toBeNull()
  })

  it('connector health UNSTABLE and OFFLINE show on the item connector', () => {
    const { sandbox } = testSandbox({ stepMs: 0 })
    expect(sandbox.createItem('connector-unstable').connector?.health?.status).toBe('UNSTABLE')
    expect(sandbox.createItem('connector-offline').connector?.health?.status).toBe('OFFLINE')
  })

  it('auto-sync scheduled vs disabled', () => {
    const { sandbox } = testSandbox({ stepMs: 0 })
    const scheduled = sandbox.createItem('auto-sync-scheduled')
    expect(scheduled.nextAutoSyncAt).not.toBeNull()
    expect(scheduled.autoSyncDisabledAt).toBeNull()
    const disabled = sandbox.createItem('auto-sync-disabled')
    expect(disabled.nextAutoSyncAt).toBeNull()
    expect(disabled.autoSyncDisabledAt).toMatch(/Z$/)
  })

  it('unknown-values: status, step, error code and warning code farol does not know', () => {
    const { sandbox } = testSandbox()
    const { id } = sandbox.createItem('unknown-values')
    const { item, seen } = runToRest(sandbox, id)
    expect(seen).toContain('HIBERNATION_IN_PROGRESS')
    expect(item).toMatchObject({ status: 'HIBERNATING', executionStatus: 'HIBERNATED' })
    expect(item.error?.code).toBe('ACCOUNT_HIBERNATED')
    expect(item.statusDetail?.accounts?.warnings?.[0]?.code).toBe('999')
  })
})
