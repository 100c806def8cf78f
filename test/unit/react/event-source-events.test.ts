import { describe, expect, it, vi } from 'vitest'
import { createEventSourceEvents } from '../../../src/react'

/** Just enough of EventSource: the test opens, errors and sends. */
class FakeEventSource extends EventTarget {
  static instances: FakeEventSource[] = []
  readyState = 0
  closed = false
  constructor(
    readonly url: string,
    readonly init?: EventSourceInit,
  ) {
    super()
    FakeEventSource.instances.push(this)
  }
  open() {
    this.readyState = 1
    this.dispatchEvent(new Event('open'))
  }
  fail() {
    // The browser sets CONNECTING (0) and retries by itself.
    this.readyState = 0
    this.dispatchEvent(new Event('error'))
  }
  send(data: unknown, type = 'message') {
    const text = typeof data === 'string' ? data : JSON.stringify(data)
    this.dispatchEvent(new MessageEvent(type, { data: text }))
  }
  close() {
    this.closed = true
    this.readyState = 2
  }
}

function setup(options: { withCredentials?: boolean } = {}) {
  FakeEventSource.instances = []
  const events = createEventSourceEvents('/api/pluggy-events', {
    ...options,
    EventSource: FakeEventSource as unknown as typeof EventSource,
  })
  return { events, source: () => FakeEventSource.instances.at(-1) }
}

describe('createEventSourceEvents', () => {
  it('opens one connection with the first subscriber and closes it with the last', () => {
    const { events, source } = setup({ withCredentials: true })
    expect(FakeEventSource.instances).toHaveLength(0)
    const offA = events.subscribe('a', () => {})
    const offB = events.subscribe('b', () => {})
    expect(FakeEventSource.instances).toHaveLength(1)
    expect(source()?.url).toBe('/api/pluggy-events')
    expect(source()?.init).toEqual({ withCredentials: true })
    offA()
    expect(source()?.closed).toBe(false)
    offB()
    expect(source()?.closed).toBe(true)
  })

  it('delivers events to the subscribers of their item only', () => {
    const { events, source } = setup()
    const a = vi.fn()
    const b = vi.fn()
    events.subscribe('a', a)
    events.subscribe('b', b)
    source()?.send({ event: 'item/updated', itemId: 'a', eventId: 'e1' })
    expect(a).toHaveBeenCalledWith({ event: 'item/updated', itemId: 'a', eventId: 'e1' })
    expect(b).not.toHaveBeenCalled()
  })

  it('reads named SSE events (event: item/error) too', () => {
    const { events, source } = setup()
    const a = vi.fn()
    events.subscribe('a', a)
    source()?.send({ itemId: 'a' }, 'item/error')
    expect(a).toHaveBeenCalledWith({ event: 'item/error', itemId: 'a' })
  })

  it('ignores what is not an item event', () => {
    const { events, source } = setup()
    const a = vi.fn()
    events.subscribe('a', a)
    source()?.send('not json')
    source()?.send('[1,2]')
    source()?.send({ event: 'item/updated' })
    source()?.send({ event: 'item/updated', itemId: 42 })
    expect(a).not.toHaveBeenCalled()
  })

  it('is healthy while open, and says so when that changes', () => {
    const { events, source } = setup()
    const onChange = vi.fn()
    events.onHealthChange?.(onChange)
    expect(events.isHealthy?.()).toBe(false)
    const off = events.subscribe('a', () => {})
    expect(events.isHealthy?.()).toBe(false)
    source()?.open()
    expect(events.isHealthy?.()).toBe(true)
    source()?.fail()
    expect(events.isHealthy?.()).toBe(false)
    source()?.open()
    expect(onChange).toHaveBeenCalledTimes(3)
    off()
    expect(events.isHealthy?.()).toBe(false)
  })

  it('each reconnect refetches every subscribed item once; the first open does not', () => {
    const { events, source } = setup()
    const a = vi.fn()
    const b = vi.fn()
    events.subscribe('a', a)
    events.subscribe('b', b)
    source()?.open()
    expect(a).not.toHaveBeenCalled()
    source()?.fail()
    source()?.open()
    expect(a).toHaveBeenCalledTimes(1)
    expect(a).toHaveBeenCalledWith({ event: 'farol/reconnected', itemId: 'a' })
    expect(b).toHaveBeenCalledTimes(1)
    source()?.fail()
    source()?.open()
    expect(a).toHaveBeenCalledTimes(2)
  })

  it('without EventSource (SSR, old runtimes): never healthy, never throws', () => {
    const events = createEventSourceEvents('/x', {
      EventSource: undefined as unknown as typeof EventSource,
    })
    const original = globalThis.EventSource
    // @ts-expect-error: simulating a runtime without EventSource
    delete globalThis.EventSource
    try {
      const off = events.subscribe('a', () => {})
      expect(events.isHealthy?.()).toBe(false)
      off()
    } finally {
      if (original) globalThis.EventSource = original
    }
  })
})
