import { act } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { useItems } from '../../../src/react'
import { itemPollerHolders } from '../../../src/react/polling/poller-registry'
import { advance, advanceUntil, flush, itemGets, renderFarolHook, useSandbox } from './harness'

const MINUTE = 60_000

describe('useItems', () => {
  const { sandbox } = useSandbox()

  it('returns each item with its guidance, and a summary of them all', async () => {
    const ok = sandbox.createItem('success', { stepMs: 1_000 })
    const mfa = sandbox.createItem('mfa-number', { stepMs: 1_000 })
    const bad = sandbox.createItem('invalid-credentials', { stepMs: 1_000 })
    const hook = renderFarolHook(() => useItems([ok.id, mfa.id, bad.id]))
    expect(hook.result.current.summary).toMatchObject({ total: 3, loading: 3 })
    expect(hook.result.current.items.every((entry) => entry.isLoading)).toBe(true)
    await advanceUntil(() => hook.result.current.summary.syncing === 0, 5 * MINUTE)
    const { items, summary } = hook.result.current
    expect(items.map((entry) => entry.itemId)).toEqual([ok.id, mfa.id, bad.id])
    expect(items.map((entry) => entry.guidance?.phase)).toEqual([
      'ready',
      'waiting-user',
      'login-error',
    ])
    expect(summary).toMatchObject({ total: 3, loading: 0, needsUser: 2, ready: 1 })
    expect(summary.nextDeadline).toMatchObject({ itemId: mfa.id, kind: 'mfa' })
  })

  it('adding or removing an id starts or stops only that item’s poller', async () => {
    const a = sandbox.createItem('success')
    const b = sandbox.createItem('success')
    const c = sandbox.createItem('success')
    let setIds: (ids: string[]) => void = () => {}
    const hook = renderFarolHook(() => {
      const [ids, set] = useState([a.id, b.id])
      setIds = set
      return useItems(ids)
    })
    await flush()
    const { queryClient } = hook
    expect([a, b, c].map((x) => itemPollerHolders(queryClient, x.id))).toEqual([1, 1, 0])
    const aRequests = itemGets(sandbox, a.id).length
    act(() => setIds([a.id, b.id, c.id]))
    await flush()
    expect([a, b, c].map((x) => itemPollerHolders(queryClient, x.id))).toEqual([1, 1, 1])
    expect(itemGets(sandbox, c.id).length).toBe(1)
    // The others were not restarted: no extra request for them.
    expect(itemGets(sandbox, a.id).length).toBe(aRequests)
    act(() => setIds([a.id, c.id]))
    await flush()
    expect([a, b, c].map((x) => itemPollerHolders(queryClient, x.id))).toEqual([1, 0, 1])
    hook.unmount()
    await flush()
    expect([a, b, c].map((x) => itemPollerHolders(queryClient, x.id))).toEqual([0, 0, 0])
  })

  it('makes no request in a steady state: 15 ready items for ten minutes', async () => {
    const ids = Array.from({ length: 15 }, () => sandbox.createItem('success', { stepMs: 500 }).id)
    const hook = renderFarolHook(() => useItems(ids))
    await advanceUntil(() => hook.result.current.summary.ready === 15, 5 * MINUTE)
    await advance(MINUTE)
    const before = sandbox.requests().length
    await advance(10 * MINUTE)
    expect(sandbox.requests().length - before).toBe(0)
  })

  it('shows an item that cannot load as failed, never crashing', async () => {
    const hook = renderFarolHook(() => useItems(['no-such-item', '', 42 as unknown as string]))
    await advance(5_000)
    const { items, summary } = hook.result.current
    expect(items).toHaveLength(1)
    expect(items[0]!.error?.kind).toBe('not-found')
    expect(summary).toMatchObject({ total: 1, failed: 1 })
  })
})
