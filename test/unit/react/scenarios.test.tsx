import { describe, expect, it } from 'vitest'
import type { ConnectorCredential, GuidanceReason, Phase } from '../../../src/core'
import { useItemGuidance } from '../../../src/react'
import { SANDBOX_CREDENTIALS, SANDBOX_MFA_TOKEN, SANDBOX_SCENARIOS } from '../../../src/testing'
import { advance, advanceUntil, flush, itemGets, renderFarolHook, useSandbox } from './harness'

const MINUTE = 60_000

/**
 * Where each settled execution lands in the decision table (README), by its
 * execution status: what the user is told. Written out, not computed, so a change
 * to describeItem or to a scenario shows up here.
 */
const TABLE: Record<string, [Phase, GuidanceReason]> = {
  SUCCESS: ['ready', 'updated'],
  PARTIAL_SUCCESS: ['partial', 'partial-success'],
  INVALID_CREDENTIALS: ['login-error', 'invalid-credentials'],
  INVALID_CREDENTIALS_MFA: ['login-error', 'invalid-mfa'],
  ACCOUNT_LOCKED: ['login-error', 'account-locked'],
  ACCOUNT_CREDENTIALS_RESET: ['login-error', 'credentials-reset'],
  ACCOUNT_NEEDS_ACTION: ['login-error', 'account-needs-action'],
  USER_AUTHORIZATION_NOT_GRANTED: ['login-error', 'consent-not-granted'],
  USER_AUTHORIZATION_REVOKED: ['login-error', 'consent-revoked'],
  ALREADY_LOGGED_IN: ['login-error', 'already-logged-in'],
  USER_NOT_SUPPORTED: ['login-error', 'user-not-supported'],
  SITE_NOT_AVAILABLE: ['outdated', 'site-not-available'],
  ERROR: ['outdated', 'unexpected-error'],
  CONNECTION_ERROR: ['outdated', 'connection-error'],
  UNEXPECTED_ERROR: ['outdated', 'unexpected-error'],
  USER_INPUT_TIMEOUT: ['outdated', 'input-timeout'],
  WAITING_USER_INPUT: ['waiting-user', 'mfa'],
  WAITING_USER_ACTION: ['waiting-user', 'user-action'],
  USER_AUTHORIZATION_PENDING: ['waiting-user', 'device-authorization'],
  HIBERNATED: ['unknown', 'unknown'],
}
/** Scenarios whose item says more than its execution status. */
const EXCEPTIONS: Record<string, [Phase, GuidanceReason]> = {
  'consent-expiring': ['ready', 'consent-expiring'],
  // error.code (UNEXPECTED_ERROR) wins over the execution status (CONNECTION_ERROR).
  'outdated-mismatched-code': ['outdated', 'unexpected-error'],
}

/** A valid answer to the sandbox's MFA prompts. */
function answerFor(parameter: ConnectorCredential): string {
  if (parameter.name === 'token') return SANDBOX_MFA_TOKEN
  if (parameter.type === 'select') return parameter.options?.[0]?.value ?? '1'
  return 'resposta'
}

describe('every sandbox scenario, through useItemGuidance', () => {
  const { sandbox } = useSandbox()

  /** Renders the hook on a fresh item and polls until the item settles as the scenario says. */
  async function settle(name: string) {
    const created = sandbox.createItem(name)
    const hook = renderFarolHook(() => useItemGuidance(created.id))
    await flush()
    const scenario = SANDBOX_SCENARIOS.find((s) => s.name === name)!
    await advanceUntil(
      () =>
        hook.result.current.item?.status === scenario.settles.status &&
        hook.result.current.item.executionStatus === scenario.settles.executionStatus,
      5 * MINUTE,
    )
    return { id: created.id, hook, scenario }
  }

  /** After the end: at most the policy's bounded tail, then silence for 10 minutes. */
  async function expectPollingStops(id: string) {
    await advance(10 * MINUTE)
    const before = itemGets(sandbox, id).length
    await advance(10 * MINUTE)
    expect(itemGets(sandbox, id).length).toBe(before)
  }

  it.each(SANDBOX_SCENARIOS.map((s) => s.name))('%s settles as declared', async (name) => {
    const { id, hook, scenario } = await settle(name)
    const { item, guidance, error } = hook.result.current
    expect(item).toMatchObject(scenario.settles)
    // The hook shows exactly what the API serves.
    expect(item).toEqual(expect.objectContaining({ status: sandbox.getItem(id)?.status }))
    const [phase, reason] = EXCEPTIONS[name] ?? TABLE[scenario.settles.executionStatus]!
    expect(guidance).toMatchObject({ phase, reason })
    expect(error).toBeUndefined()
    expect(itemGets(sandbox, id).every((r) => r.status === 200)).toBe(true)
    if (name === 'open-finance-consent') {
      // The consent is given at the bank, not on this page: the item is watched (slowly)
      // until the user comes back or the consent times out, then polling stops.
      await advanceUntil(() => hook.result.current.item?.status === 'OUTDATED', 30 * MINUTE, 30_000)
      expect(hook.result.current.guidance).toMatchObject({ reason: 'input-timeout' })
    }
    await expectPollingStops(id)
  })

  it.each(['mfa-number', 'mfa-text', 'mfa-select', 'mfa-image'])(
    '%s: no poll while the prompt waits; the answer syncs to UPDATED',
    async (name) => {
      const { id, hook } = await settle(name)
      const action = hook.result.current.guidance?.actions.find((a) => a.type === 'provide-mfa')
      expect(action?.type).toBe('provide-mfa')
      const waiting = itemGets(sandbox, id).length
      await advance(2 * MINUTE)
      expect(itemGets(sandbox, id).length).toBe(waiting)

      const parameter = action?.type === 'provide-mfa' ? action.parameter : undefined
      await hook.result.current.submitMfa({ [parameter!.name]: answerFor(parameter!) })
      await flush()
      expect(hook.result.current.item?.status).toBe('UPDATING')
      await advanceUntil(() => hook.result.current.item?.status === 'UPDATED', 5 * MINUTE)
      expect(hook.result.current.item).toMatchObject({
        status: 'UPDATED',
        executionStatus: 'SUCCESS',
      })
      expect(hook.result.current.guidance?.phase).toBe('ready')
      await expectPollingStops(id)
    },
  )

  it('mfa-number: a wrong code ends in LOGIN_ERROR / INVALID_CREDENTIALS_MFA', async () => {
    const { id, hook } = await settle('mfa-number')
    await hook.result.current.submitMfa({ token: '000000' })
    await advanceUntil(() => hook.result.current.item?.status === 'LOGIN_ERROR', 5 * MINUTE)
    expect(hook.result.current.item?.executionStatus).toBe('INVALID_CREDENTIALS_MFA')
    expect(hook.result.current.guidance?.reason).toBe('invalid-mfa')
    await expectPollingStops(id)
  })

  it('device-authorization: polls slowly while pending; approval at the bank syncs', async () => {
    const { id, hook } = await settle('device-authorization')
    expect(hook.result.current.guidance?.actions[0]?.type).toBe('authorize-device')
    const before = itemGets(sandbox, id).length
    await advance(MINUTE)
    const during = itemGets(sandbox, id).length - before
    // POLL_INTERVALS.deviceMs is 5 s: about 12 requests a minute, never the 2 s syncing pace.
    expect(during).toBeGreaterThanOrEqual(10)
    expect(during).toBeLessThanOrEqual(13)
    sandbox.approveDevice(id)
    await advanceUntil(() => hook.result.current.item?.status === 'UPDATED', 5 * MINUTE)
    expect(hook.result.current.item?.executionStatus).toBe('SUCCESS')
    await expectPollingStops(id)
  })

  it.each(['user-action-authorize-access', 'user-action-qr'])(
    '%s: completing the action syncs',
    async (name) => {
      const { id, hook } = await settle(name)
      expect(hook.result.current.guidance?.actions[0]?.type).toBe('complete-user-action')
      sandbox.completeUserAction(id)
      await advanceUntil(() => hook.result.current.item?.status === 'UPDATED', 5 * MINUTE)
      expect(hook.result.current.item?.executionStatus).toBe('SUCCESS')
      await expectPollingStops(id)
    },
  )

  it('invalid-credentials: new credentials through submitCredentials sync to UPDATED', async () => {
    const { id, hook } = await settle('invalid-credentials')
    expect(hook.result.current.guidance?.actions[0]?.type).toBe('update-credentials')
    const item = await hook.result.current.submitCredentials({ ...SANDBOX_CREDENTIALS })
    expect(item?.status).toBe('UPDATING')
    await advanceUntil(() => hook.result.current.item?.status === 'UPDATED', 5 * MINUTE)
    expect(hook.result.current.item?.executionStatus).toBe('SUCCESS')
    await expectPollingStops(id)
  })

  it('outdated-recovers: retry() restarts polling and ends UPDATED', async () => {
    const { id, hook } = await settle('outdated-recovers')
    const settled = itemGets(sandbox, id).length
    await advance(5 * MINUTE)
    expect(itemGets(sandbox, id).length).toBe(settled)
    await hook.result.current.retry()
    await advanceUntil(() => hook.result.current.item?.status === 'UPDATED', 5 * MINUTE)
    expect(hook.result.current.item?.executionStatus).toBe('SUCCESS')
    expect(itemGets(sandbox, id).length).toBeGreaterThan(settled)
    await expectPollingStops(id)
  })
})
