import { describe, expect, it, vi } from 'vitest'
import { POLL_INTERVALS } from '../../../src/core'
import { useItem } from '../../../src/react'
import type { FarolEvents, FarolItemEvent } from '../../../src/react'
import { SANDBOX_API_KEY } from '../../../src/testing'
import {
  advance,
  advanceUntil,
  flush,
  itemGets,
  renderFarolHook,
  setVisibility,
  useSandbox,
} from './harness'

const MINUTE = 60_000

/** A push source the test drives: `emit` delivers, `setHealthy` flips the health. */
function testEvents(healthy = true) {
  const listeners = new Map<string, Set<(event: FarolItemEvent) => void>>()
  const healthListeners = new Set<() => void>()
  let isHealthy = healthy
  const subscribe = vi.fn((itemId: string, onEvent: (event: FarolItemEvent) => void) => {
    const set = listeners.get(itemId) ?? new Set()
    set.add(onEvent)
    listeners.set(itemId, set)
    return () => set.delete(onEvent)
  })
  const events: FarolEvents = {
    subscribe,
    isHealthy: () => isHealthy,
    onHealthChange(listener) {
      healthListeners.add(listener)
      return () => healthListeners.delete(listener)
    },
  }
  return {
    events,
    subscribe,
    listenerCount: (itemId: string) => listeners.get(itemId)?.size ?? 0,
    emit(event: FarolItemEvent) {
      for (const listener of listeners.get(event.itemId) ?? []) listener(event)
    },
    setHealthy(value: boolean) {
      isHealthy = value
      for (const listener of healthListeners) listener()
    },
  }
}

describe('push events', () => {
  const { sandbox } = useSandbox()

  /** Starts a sync behind the page's back (another tab, the host's backend). */
  function syncElsewhere(id: string) {
    sandbox.handle({
      method: 'PATCH',
      path: `/items/${id}`,
      headers: { 'X-API-KEY': SANDBOX_API_KEY },
      body: {},
    })
  }

  it('an event refetches the item at once, even when polling had stopped', async () => {
    const push = testEvents(false)
    const created = sandbox.createItem('success', { stepMs: 1_000 })
    const hook = renderFarolHook(() => useItem(created.id), { events: push.events })
    await advanceUntil(() => hook.result.current.item?.status === 'UPDATED')
    await advance(5 * MINUTE)
    const settled = itemGets(sandbox, created.id).length

    syncElsewhere(created.id)
    push.emit({ event: 'item/updated', itemId: created.id })
    await flush()
    expect(itemGets(sandbox, created.id)).toHaveLength(settled + 1)
    expect(hook.result.current.item?.status).toBe('UPDATING')
    await advanceUntil(() => hook.result.current.item?.status === 'UPDATED')
    expect(itemGets(sandbox, created.id).length).toBeGreaterThan(settled + 2)
  })

  it('while push is healthy, polling relaxes to the safety interval; unhealthy restores the pace', async () => {
    const push = testEvents(true)
    const created = sandbox.createItem('success', { stepMs: 5 * MINUTE })
    renderFarolHook(() => useItem(created.id), { events: push.events })
    await flush()
    await advance(3 * MINUTE)
    const relaxed = itemGets(sandbox, created.id).map((r) => Date.parse(r.at))
    expect(relaxed.length).toBe(4)
    relaxed.slice(1).forEach((t, i) => expect(t - relaxed[i]!).toBe(POLL_INTERVALS.pushSafetyMs))

    push.setHealthy(false)
    await flush()
    const before = itemGets(sandbox, created.id).length
    await advance(MINUTE)
    // Back to the syncing pace (10 s at this point of the sync).
    expect(itemGets(sandbox, created.id).length - before).toBeGreaterThanOrEqual(5)
  })

  it('without isHealthy the source never relaxes polling', async () => {
    const push = testEvents()
    const events: FarolEvents = { subscribe: push.events.subscribe }
    const created = sandbox.createItem('success', { stepMs: 5 * MINUTE })
    renderFarolHook(() => useItem(created.id), { events })
    await flush()
    await advance(20_000)
    expect(itemGets(sandbox, created.id)).toHaveLength(11)
  })

  it('one subscription per item, whatever the number of readers; gone with the last', async () => {
    const push = testEvents()
    const created = sandbox.createItem('success', { stepMs: 0 })
    const hook = renderFarolHook(
      () => [useItem(created.id), useItem(created.id), useItem(created.id)],
      { events: push.events },
    )
    await flush()
    expect(push.subscribe).toHaveBeenCalledTimes(1)
    expect(push.listenerCount(created.id)).toBe(1)
    hook.unmount()
    await flush()
    expect(push.listenerCount(created.id)).toBe(0)
  })

  it('item/created refetches only an item not read yet: any later change has its own event', async () => {
    const push = testEvents()
    const created = sandbox.createItem('success', { stepMs: 0 })
    renderFarolHook(() => useItem(created.id), { events: push.events })
    await flush()
    expect(itemGets(sandbox, created.id)).toHaveLength(1)
    push.emit({ event: 'item/created', itemId: created.id })
    await flush()
    expect(itemGets(sandbox, created.id)).toHaveLength(1)
    push.emit({ event: 'item/updated', itemId: created.id })
    await flush()
    expect(itemGets(sandbox, created.id)).toHaveLength(2)
  })

  it("another item's event does nothing", async () => {
    const push = testEvents()
    const created = sandbox.createItem('success', { stepMs: 0 })
    renderFarolHook(() => useItem(created.id), { events: push.events })
    await flush()
    push.emit({ event: 'item/updated', itemId: 'someone-else' })
    await flush()
    expect(itemGets(sandbox, created.id)).toHaveLength(1)
  })

  it('events in a hidden tab wait for it to be visible again', async () => {
    const push = testEvents()
    const created = sandbox.createItem('success', { stepMs: 1_000 })
    const hook = renderFarolHook(() => useItem(created.id), { events: push.events })
    await advanceUntil(() => hook.result.current.item?.status === 'UPDATED')
    const settled = itemGets(sandbox, created.id).length
    setVisibility('hidden')
    syncElsewhere(created.id)
    push.emit({ event: 'item/updated', itemId: created.id })
    await advance(3_000)
    expect(itemGets(sandbox, created.id)).toHaveLength(settled)
    setVisibility('visible')
    await flush()
    expect(itemGets(sandbox, created.id)).toHaveLength(settled + 1)
    expect(hook.result.current.item?.status).toBe('UPDATING')
    await advanceUntil(() => hook.result.current.item?.status === 'UPDATED', 5 * MINUTE)
    expect(hook.result.current.item?.status).toBe('UPDATED')
  })

  it('an event during a 429 wait does not break Retry-After', async () => {
    const push = testEvents(false)
    const created = sandbox.createItem('success', { stepMs: 5 * MINUTE })
    const hook = renderFarolHook(() => useItem(created.id), { events: push.events })
    await flush()
    sandbox.injectFault({ rateLimit: 1, match: 'GET /items' })
    await advance(4_000)
    expect(hook.result.current.error?.kind).toBe('rate-limited')
    const limitedAt = Date.now()
    const count = itemGets(sandbox, created.id).length
    push.emit({ event: 'item/updated', itemId: created.id })
    await advance(30_000)
    expect(itemGets(sandbox, created.id)).toHaveLength(count)
    await advanceUntil(() => itemGets(sandbox, created.id).length > count, 2 * MINUTE)
    const next = itemGets(sandbox, created.id).at(-1)!
    expect(Date.parse(next.at) - limitedAt).toBeGreaterThanOrEqual(60_000)
  })
})
