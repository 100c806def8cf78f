import type { QueryClient } from '@tanstack/react-query'
import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { useItemGuidance, useSubmitMfa, useUpdateItem } from '../../../src/react'
import { SANDBOX_API_KEY, SANDBOX_CREDENTIALS, VALIDATION_BANK_ID } from '../../../src/testing'
import { advance, advanceUntil, flush, itemGets, renderFarolHook, useSandbox } from './harness'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** Everything React Query holds, as JSON and as a deep inspection of the live objects. */
function everythingCached(queryClient: QueryClient): string {
  const queries = queryClient
    .getQueryCache()
    .getAll()
    .map((q) => ({ key: q.queryKey, state: q.state, options: q.options }))
  const mutations = queryClient
    .getMutationCache()
    .getAll()
    .map((m) => ({ key: m.options.mutationKey, state: m.state, options: m.options }))
  return [
    JSON.stringify({ queries, mutations }),
    inspect({ queries, mutations }, { depth: 30, showHidden: true, getters: true }),
  ].join('\n')
}

describe('actions: useUpdateItem, useSubmitMfa, useItemGuidance', () => {
  const { sandbox } = useSandbox()

  async function guided(scenario: string, options: Parameters<typeof sandbox.createItem>[1] = {}) {
    const created = sandbox.createItem(scenario, options)
    const hook = renderFarolHook(() => useItemGuidance(created.id))
    await flush()
    await advanceUntil(
      () =>
        hook.result.current.guidance?.terminal === true ||
        hook.result.current.item?.status === 'WAITING_USER_INPUT',
      5 * MINUTE,
    )
    return { id: created.id, hook }
  }

  describe('credentials never reach the query or mutation cache', () => {
    const SECRET = 'Typed-S3cret-Value!'

    it('submitCredentials: not while pending, not after (failed login)', async () => {
      const { hook } = await guided('invalid-credentials', { stepMs: 1_000 })
      sandbox.injectFault({ latencyMs: 500, match: 'PATCH /items', times: 1 })
      const pending = hook.result.current.submitCredentials({ user: 'user-ok', password: SECRET })
      await flush()
      expect(hook.result.current.isSubmitting).toBe(true)
      expect(everythingCached(hook.queryClient)).not.toContain(SECRET)
      await advance(500)
      await pending
      expect(hook.result.current.isSubmitting).toBe(false)
      await advanceUntil(() => hook.result.current.item?.status === 'LOGIN_ERROR', 5 * MINUTE)
      expect(everythingCached(hook.queryClient)).not.toContain(SECRET)
    })

    it('submitCredentials that sync: the stored password is nowhere in the cache', async () => {
      const { hook } = await guided('invalid-credentials', { stepMs: 1_000 })
      await hook.result.current.submitCredentials({ ...SANDBOX_CREDENTIALS })
      await advanceUntil(() => hook.result.current.item?.status === 'UPDATED', 5 * MINUTE)
      // The sandbox connector shows the accepted values as placeholders: only those may remain.
      const cached = everythingCached(hook.queryClient)
        .replaceAll('"placeholder":"password-ok"', '')
        .replaceAll("placeholder: 'password-ok'", '')
      expect(cached).not.toContain(SANDBOX_CREDENTIALS.password)
    })

    it('a 400 answer (fieldErrors) carries no typed value', async () => {
      const { hook } = await guided('success', { connectorId: VALIDATION_BANK_ID, stepMs: 0 })
      await hook.result.current.submitCredentials({
        agency: SECRET,
        user: SECRET,
        password: SECRET,
      })
      await flush()
      expect(hook.result.current.error?.kind).toBe('validation')
      expect(Object.keys(hook.result.current.fieldErrors).length).toBeGreaterThan(0)
      expect(everythingCached(hook.queryClient)).not.toContain(SECRET)
      expect(JSON.stringify(hook.result.current)).not.toContain(SECRET)
    })

    it('submitMfa: the code is nowhere in the cache', async () => {
      const CODE = '654321'
      const { hook } = await guided('mfa-number', { stepMs: 1_000 })
      await hook.result.current.submitMfa({ token: CODE })
      await advanceUntil(() => hook.result.current.item?.status === 'LOGIN_ERROR', 5 * MINUTE)
      expect(everythingCached(hook.queryClient)).not.toContain(CODE)
    })
  })

  it('an update puts the answered item in the cache at once and polling restarts', async () => {
    const { id, hook } = await guided('outdated-recovers', { stepMs: 2_000 })
    const before = itemGets(sandbox, id).length
    const item = await hook.result.current.retry()
    await flush()
    expect(item?.status).toBe('UPDATING')
    expect(hook.result.current.item?.status).toBe('UPDATING')
    expect(hook.result.current.guidance?.phase).toBe('syncing')
    expect(itemGets(sandbox, id)).toHaveLength(before)
    await advance(2_000)
    expect(itemGets(sandbox, id)).toHaveLength(before + 1)
  })

  describe('409 already-updating is "syncing", not an error', () => {
    it('while the hook already shows the sync', async () => {
      const created = sandbox.createItem('success', { stepMs: MINUTE })
      const hook = renderFarolHook(() => useItemGuidance(created.id))
      await flush()
      const item = await hook.result.current.retry()
      await flush()
      expect(item).toBeUndefined()
      expect(hook.result.current.error).toBeUndefined()
      expect(hook.result.current.guidance?.phase).toBe('syncing')
      expect(sandbox.requests().some((r) => r.method === 'PATCH' && r.status === 409)).toBe(true)
    })

    it('when the cache still looks settled: refetches and polls the sync to its end', async () => {
      const { id, hook } = await guided('success', { stepMs: 10_000 })
      expect(hook.result.current.item?.status).toBe('UPDATED')
      // Someone else (another tab, the host's backend) starts a sync: this page does not know.
      sandbox.handle({
        method: 'PATCH',
        path: `/items/${id}`,
        headers: { 'X-API-KEY': SANDBOX_API_KEY },
        body: {},
      })
      await advance(MINUTE)
      const idle = itemGets(sandbox, id).length
      expect(hook.result.current.item?.status).toBe('UPDATED')

      await hook.result.current.retry()
      await flush()
      expect(hook.result.current.error).toBeUndefined()
      expect(itemGets(sandbox, id)).toHaveLength(idle + 1)
      expect(hook.result.current.item?.status).toBe('UPDATING')
      await advanceUntil(() => hook.result.current.item?.status === 'UPDATED', 5 * MINUTE)
      expect(hook.result.current.error).toBeUndefined()
      expect(itemGets(sandbox, id).length).toBeGreaterThan(idle + 2)
    })
  })

  it('too-frequent: surfaces as update-rejected with retryAt', async () => {
    sandbox.configure({ minUpdateFrequencyHours: 24 })
    const createdAt = Date.now()
    const { hook } = await guided('outdated-error', { stepMs: 1_000 })
    await hook.result.current.retry()
    await flush()
    expect(hook.result.current.error).toMatchObject({
      kind: 'update-rejected',
      reason: 'too-frequent',
    })
    expect(hook.result.current.retryAt).toBe(new Date(createdAt + 24 * HOUR).toISOString())
  })

  it('a 429 on PATCH surfaces with retryAt = when it was sent + Retry-After', async () => {
    const { hook } = await guided('outdated-error', { stepMs: 1_000 })
    sandbox.injectFault({ rateLimit: 0, match: 'PATCH /items' })
    const sentAt = Date.now()
    await hook.result.current.retry()
    await flush()
    expect(hook.result.current.error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 60_000 })
    expect(hook.result.current.retryAt).toBe(new Date(sentAt + 60_000).toISOString())
  })

  it('400 validation: fieldErrors by parameter, the item untouched', async () => {
    const { hook } = await guided('success', { connectorId: VALIDATION_BANK_ID, stepMs: 0 })
    const item = await hook.result.current.submitCredentials({
      agency: '12',
      user: 'abc',
      password: 'abc',
    })
    await flush()
    expect(item).toBeUndefined()
    expect(hook.result.current.fieldErrors).toMatchObject({
      agency: ['A agência deve ter 4 números.'],
      user: ['user parameter length must be at least 6.'],
      password: ['password parameter length must be at least 6.'],
    })
    expect(hook.result.current.item?.status).toBe('UPDATED')
  })

  it('MFA 400 (bad format): fieldErrors.token; the prompt keeps waiting; a good code then syncs', async () => {
    const { hook } = await guided('mfa-number', { stepMs: 1_000 })
    await hook.result.current.submitMfa({ token: '12' })
    await flush()
    expect(hook.result.current.fieldErrors.token?.length).toBe(1)
    expect(hook.result.current.item?.status).toBe('WAITING_USER_INPUT')
    await hook.result.current.submitMfa({ token: '123456' })
    await flush()
    expect(hook.result.current.fieldErrors).toEqual({})
    expect(hook.result.current.error).toBeUndefined()
    await advanceUntil(() => hook.result.current.item?.status === 'UPDATED', 5 * MINUTE)
    expect(hook.result.current.item?.executionStatus).toBe('SUCCESS')
  })

  it('the last action decides error and fieldErrors', async () => {
    const { hook } = await guided('mfa-number', { stepMs: 1_000 })
    await hook.result.current.submitMfa({ token: '12' })
    await flush()
    expect(hook.result.current.error?.kind).toBe('validation')
    // A retry while the prompt waits is a 409 already-updating: not an error, and it is newer.
    await advance(1)
    await hook.result.current.retry()
    await flush()
    expect(hook.result.current.error).toBeUndefined()
    expect(hook.result.current.fieldErrors).toEqual({})
  })

  it('useUpdateItem and useSubmitMfa alone (no useItem): the cache is still updated', async () => {
    const created = sandbox.createItem('mfa-number', { stepMs: 0 })
    const hook = renderFarolHook(() => ({
      mfa: useSubmitMfa(created.id),
      update: useUpdateItem(created.id),
    }))
    const item = await hook.result.current.mfa.submit({ token: '123456' })
    await flush()
    expect(item?.status).toBe('UPDATED')
    expect(hook.queryClient.getQueryData(['farol', 'item', created.id])).toMatchObject({
      status: 'UPDATED',
    })
    expect(hook.result.current.mfa.isPending).toBe(false)
  })
})
