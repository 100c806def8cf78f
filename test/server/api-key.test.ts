// The API key cache on a fake clock: one POST /auth in flight, a refresh shortly
// before expiry, and a forgotten key after Pluggy refuses it.
import { describe, expect, it } from 'vitest'
import { createApiKeySource } from '../../src/server/api-key'

/** A JWT-shaped key expiring at `expSeconds` (the way Pluggy's keys, and the sandbox's, look). */
const keyExpiringAt = (expSeconds: number, n: number) =>
  `h.${btoa(JSON.stringify({ exp: expSeconds, n })).replace(/=+$/, '')}.s`

function setup() {
  let now = 1_000_000_000_000
  let calls = 0
  const source = createApiKeySource(
    () => {
      calls += 1
      return new Promise((resolve) =>
        setTimeout(() => resolve(keyExpiringAt(now / 1000 + 7200, calls)), 5),
      )
    },
    () => now,
  )
  return {
    source,
    calls: () => calls,
    advance: (ms: number) => {
      now += ms
    },
  }
}

describe('the API key source', () => {
  it('100 concurrent callers share one fetch and one key', async () => {
    const { source, calls } = setup()
    const keys = await Promise.all(Array.from({ length: 100 }, () => source.get()))
    expect(new Set(keys).size).toBe(1)
    expect(calls()).toBe(1)
  })

  it('keeps the key until 5 minutes before it expires, then fetches one new key', async () => {
    const { source, calls, advance } = setup()
    const first = await source.get()
    advance(2 * 3600_000 - 5 * 60_000 - 1000)
    expect(await source.get()).toBe(first)
    expect(calls()).toBe(1)
    advance(2000)
    const [a, b] = await Promise.all([source.get(), source.get()])
    expect(a).toBe(b)
    expect(a).not.toBe(first)
    expect(calls()).toBe(2)
  })

  it('forgets a refused key, but not a newer one', async () => {
    const { source, calls } = setup()
    const first = await source.get()
    source.invalidate(first)
    const second = await source.get()
    expect(second).not.toBe(first)
    source.invalidate(first) // a late 401 for the old key
    expect(await source.get()).toBe(second)
    expect(calls()).toBe(2)
  })

  it('a failed fetch is not cached', async () => {
    let fail = true
    const source = createApiKeySource(async () => {
      if (fail) throw new Error('down')
      return keyExpiringAt(Date.now() / 1000 + 7200, 1)
    })
    await expect(source.get()).rejects.toThrow('down')
    fail = false
    await expect(source.get()).resolves.toMatch(/^h\./)
  })
})
