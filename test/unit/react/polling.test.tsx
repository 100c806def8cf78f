import { describe, expect, it, vi } from 'vitest'
import { POLL_INTERVALS, syncingDelay } from '../../../src/core/polling'
import { useItem } from '../../../src/react'
import {
  advance,
  advanceUntil,
  flush,
  itemGets,
  renderFarolHook,
  sandboxClient,
  setVisibility,
  useSandbox,
} from './harness'

const MINUTE = 60_000
/** A sync slow enough to watch the polling pace for minutes. */
const SLOW = { stepMs: 5 * MINUTE }

describe('polling policy through useItem', () => {
  const { sandbox } = useSandbox()

  const times = (id: string) => itemGets(sandbox, id).map((r) => Date.parse(r.at))
  const gaps = (list: number[]) => list.slice(1).map((t, i) => t - list[i]!)

  async function watch(scenario: string, options = {}) {
    const created = sandbox.createItem(scenario, options)
    const start = Date.now()
    const hook = renderFarolHook(() => useItem(created.id))
    await flush()
    return { id: created.id, hook, start }
  }

  it('syncing follows the curve: 2 s, then 5 s after 30 s, 10 s after 2 min, 15 s after 5 min', async () => {
    const { id, start } = await watch('success', SLOW)
    await advance(8 * MINUTE)
    const list = times(id)
    expect(list[0]).toBe(start)
    list.slice(0, -1).forEach((t, i) => {
      expect(list[i + 1]! - t).toBe(syncingDelay(t - start))
    })
    const seen = new Set(gaps(list))
    expect([...seen].sort((a, b) => a - b)).toEqual([2_000, 5_000, 10_000, 15_000])
  })

  it('a terminal item: no request at all over 10 minutes', async () => {
    const { id, hook } = await watch('success', { stepMs: 0 })
    expect(hook.result.current.item?.status).toBe('UPDATED')
    expect(itemGets(sandbox, id)).toHaveLength(1)
    await advance(10 * MINUTE)
    expect(itemGets(sandbox, id)).toHaveLength(1)
  })

  it('stops as soon as the sync ends', async () => {
    const { id, hook } = await watch('invalid-credentials', { stepMs: 3_000 })
    await advanceUntil(() => hook.result.current.item?.status === 'LOGIN_ERROR')
    const count = itemGets(sandbox, id).length
    await advance(10 * MINUTE)
    expect(itemGets(sandbox, id)).toHaveLength(count)
  })

  describe('hidden tab', () => {
    it('pauses while hidden; one request on return, then the pace again', async () => {
      const { id } = await watch('success', SLOW)
      await advance(10_000)
      const beforeHiding = itemGets(sandbox, id).length
      setVisibility('hidden')
      await advance(5 * MINUTE)
      expect(itemGets(sandbox, id)).toHaveLength(beforeHiding)
      setVisibility('visible')
      await flush()
      expect(itemGets(sandbox, id)).toHaveLength(beforeHiding + 1)
      await advance(MINUTE)
      expect(itemGets(sandbox, id).length).toBeGreaterThan(beforeHiding + 3)
    })

    it('a terminal item is not refetched when the tab comes back', async () => {
      const { id } = await watch('success', { stepMs: 0 })
      setVisibility('hidden')
      await advance(MINUTE)
      setVisibility('visible')
      await advance(MINUTE)
      expect(itemGets(sandbox, id)).toHaveLength(1)
    })

    it('hidden before the first answer: nothing more until visible', async () => {
      const created = sandbox.createItem('success', SLOW)
      setVisibility('hidden')
      renderFarolHook(() => useItem(created.id))
      await advance(3 * MINUTE)
      // The mount itself may load once; polling never starts.
      expect(itemGets(sandbox, created.id).length).toBeLessThanOrEqual(1)
      setVisibility('visible')
      await advance(10_000)
      expect(itemGets(sandbox, created.id).length).toBeGreaterThan(2)
    })
  })

  it('429: no request before Retry-After; the last item stays', async () => {
    const { id, hook } = await watch('success', SLOW)
    sandbox.injectFault({ rateLimit: 3, match: 'GET /items' })
    await advance(5 * MINUTE)
    const log = itemGets(sandbox, id)
    const limited = log.filter((r) => r.status === 429)
    expect(limited.length).toBeGreaterThan(0)
    for (const r of limited) {
      const at = Date.parse(r.at)
      const next = log.find((x) => Date.parse(x.at) > at)
      if (next) expect(Date.parse(next.at) - at).toBeGreaterThanOrEqual(60_000)
    }
    expect(hook.result.current.item?.status).toBe('UPDATING')
  })

  it('429 state: error rate-limited, isStale, item kept', async () => {
    const { hook } = await watch('success', SLOW)
    // The limit counts from the injection: the poll at 2 s passes, the one at 4 s is refused.
    sandbox.injectFault({ rateLimit: 1, match: 'GET /items' })
    await advance(4_000)
    expect(hook.result.current.error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 60_000 })
    expect(hook.result.current.isStale).toBe(true)
    expect(hook.result.current.item?.status).toBe('UPDATING')
  })

  it('5xx: backs off with growing gaps (equal jitter), keeps the last item, recovers', async () => {
    const { id, hook } = await watch('success', SLOW)
    const failures = 5
    sandbox.injectFault({ errorRate: 1, errorStatus: 503, match: 'GET /items', times: failures })
    await advance(10_000)
    expect(hook.result.current.error?.kind).toBe('server')
    expect(hook.result.current.isStale).toBe(true)
    expect(hook.result.current.item?.status).toBe('UPDATING')
    await advanceUntil(() => hook.result.current.error === undefined, 5 * MINUTE)
    expect(hook.result.current.isStale).toBe(false)

    const log = itemGets(sandbox, id)
    const firstFailure = log.findIndex((r) => r.status === 503)
    const list = log.map((r) => Date.parse(r.at))
    const afterFailures = gaps(list.slice(firstFailure, firstFailure + failures + 1))
    expect(afterFailures).toHaveLength(failures)
    afterFailures.forEach((gap, i) => {
      const step = Math.min(POLL_INTERVALS.errorMaxMs, POLL_INTERVALS.errorBaseMs * 2 ** i)
      expect(gap).toBeGreaterThanOrEqual(step / 2)
      expect(gap).toBeLessThanOrEqual(Math.max(step, 10_000))
    })
    expect(afterFailures[4]!).toBeGreaterThan(afterFailures[1]!)
    // Recovered: back to the syncing pace.
    const recovered = list[firstFailure + failures]!
    await advance(MINUTE)
    const later = times(id).filter((t) => t > recovered)
    expect(later[0]! - recovered).toBeLessThanOrEqual(15_000)
  })

  it('malformed JSON: the last good item stays, error invalid-response, next poll recovers', async () => {
    const { hook } = await watch('success', SLOW)
    expect(hook.result.current.item?.status).toBe('UPDATING')
    sandbox.injectFault({ malformedJson: true, match: 'GET /items', times: 1 })
    await advance(2_000)
    expect(hook.result.current.error).toMatchObject({ kind: 'invalid-response', status: 200 })
    expect(hook.result.current.item?.status).toBe('UPDATING')
    expect(hook.result.current.isStale).toBe(true)
    await advance(3_000)
    expect(hook.result.current.error).toBeUndefined()
    expect(hook.result.current.isStale).toBe(false)
  })

  it('a dropped connection: network error, item kept, then recovery', async () => {
    const { hook } = await watch('success', SLOW)
    sandbox.injectFault({ dropConnection: true, match: 'GET /items', times: 1 })
    await advance(2_000)
    expect(hook.result.current.error?.kind).toBe('network')
    expect(hook.result.current.item?.status).toBe('UPDATING')
    await advance(5_000)
    expect(hook.result.current.error).toBeUndefined()
  })

  it('a slow answer times out (timeoutMs) as network/timedOut and is retried', async () => {
    const created = sandbox.createItem('success', SLOW)
    const hook = renderFarolHook(() => useItem(created.id), {
      client: sandboxClient({ timeoutMs: 5_000 }),
    })
    await flush()
    sandbox.injectFault({ latencyMs: 30_000, match: 'GET /items', times: 1 })
    await advance(2_000 + 5_000)
    expect(hook.result.current.error).toMatchObject({ kind: 'network', timedOut: true })
    expect(hook.result.current.item?.status).toBe('UPDATING')
    await advance(10_000)
    expect(hook.result.current.error).toBeUndefined()
  })

  describe('401', () => {
    it('an expired connect token: onAuthError once, one retry with the new token, polling goes on', async () => {
      sandbox.configure({ connectTokenTtlMs: 30_000 })
      const created = sandbox.createItem('success', SLOW)
      let token = sandbox.issueConnectToken({ itemId: created.id })
      const onAuthError = vi.fn(() => {
        token = sandbox.issueConnectToken({ itemId: created.id })
      })
      const client = sandboxClient({ apiKey: undefined, getApiKey: () => token, onAuthError })
      const hook = renderFarolHook(() => useItem(created.id), { client })
      await flush()
      await advance(40_000)
      const log = itemGets(sandbox, created.id)
      const refused = log.filter((r) => r.status === 401)
      expect(refused).toHaveLength(1)
      expect(onAuthError).toHaveBeenCalledTimes(1)
      // The retry went out at once, with the new token, and succeeded.
      const i = log.findIndex((r) => r.status === 401)
      expect(log[i + 1]).toMatchObject({ at: log[i]!.at, status: 200 })
      expect(hook.result.current.error).toBeUndefined()
    })

    it('when the refresh does not help: unauthorized surfaces, polling stops, item kept', async () => {
      const created = sandbox.createItem('success', SLOW)
      let key = 'sbx-invalid-but-first-is-fine'
      const onAuthError = vi.fn()
      const client = sandboxClient({ apiKey: undefined, getApiKey: () => key, onAuthError })
      key = sandbox.issueApiKey()
      const hook = renderFarolHook(() => useItem(created.id), { client })
      await flush()
      expect(hook.result.current.item?.status).toBe('UPDATING')
      key = 'revoked'
      await advance(2_000)
      expect(hook.result.current.error?.kind).toBe('unauthorized')
      expect(hook.result.current.item?.status).toBe('UPDATING')
      expect(onAuthError).toHaveBeenCalledTimes(1)
      const count = itemGets(sandbox, created.id).length
      await advance(10 * MINUTE)
      expect(itemGets(sandbox, created.id)).toHaveLength(count)
    })
  })

  it('refetch() joins an in-flight request instead of cancelling it', async () => {
    const { id, hook } = await watch('success', SLOW)
    sandbox.injectFault({ latencyMs: 1_000, match: 'GET /items', times: 1 })
    await advance(2_000)
    const before = itemGets(sandbox, id).length
    void hook.result.current.refetch()
    void hook.result.current.refetch()
    await advance(1_000)
    expect(itemGets(sandbox, id).length - before).toBeLessThanOrEqual(1)
  })
})
