// Shared by the hook tests: the sandbox behind MSW, fake time, a render helper. Not a test file.
import { notifyManager, QueryClient } from '@tanstack/react-query'
import { act, render, renderHook } from '@testing-library/react'
import { setupServer } from 'msw/node'
import type { ReactNode } from 'react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { createPluggyClient } from '../../../src/client'
import type { PluggyClient, PluggyClientOptions } from '../../../src/client'
import { FarolProvider } from '../../../src/react'
import type { FarolEvents, FarolProviderProps } from '../../../src/react'
import {
  createSandbox,
  createSandboxHandlers,
  MANUAL_CLOCK_START,
  SANDBOX_API_KEY,
} from '../../../src/testing'
import type { RequestLogEntry, Sandbox, SandboxOptions } from '../../../src/testing'

export const BASE_URL = 'https://api.pluggy.ai'

// Captured before any test fakes timers: some of the fetch/MSW pipeline runs on real ticks.
const realSetTimeout = globalThis.setTimeout
const realTick = () => new Promise<void>((resolve) => realSetTimeout(resolve, 0))

/**
 * One sandbox per test file, on vitest's fake clock: `advance(ms)` moves the
 * sandbox, React Query's timers and the client's timeouts together.
 */
export function useSandbox(options: SandboxOptions = {}) {
  const sandbox = createSandbox({ clock: { now: () => Date.now() }, ...options })
  const server = setupServer(...createSandboxHandlers(sandbox, { baseUrl: BASE_URL }))
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' })
    // React Query batches notifications on setTimeout(0), which fake timers turn into 1 ms.
    notifyManager.setScheduler(queueMicrotask)
  })
  beforeEach(() => {
    vi.useFakeTimers({ now: MANUAL_CLOCK_START })
    sandbox.reset()
    setVisibility('visible')
  })
  afterEach(() => {
    vi.useRealTimers()
    server.resetHandlers()
  })
  afterAll(() => {
    server.close()
    notifyManager.setScheduler((callback) => setTimeout(callback, 0))
  })
  return { sandbox, server }
}

export function setVisibility(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true })
  Object.defineProperty(document, 'hidden', { value: state === 'hidden', configurable: true })
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true }))
}

/** Moves fake time (and the sandbox) forward, then lets answers and renders settle. */
export async function advance(ms: number): Promise<void> {
  await act(() => vi.advanceTimersByTimeAsync(ms))
  await flush()
}

/**
 * Lets pending work settle without moving time: an answer from MSW, React
 * Query's batched notifications (setTimeout 0), renders.
 */
export async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await realTick()
      await vi.advanceTimersByTimeAsync(0)
    })
  }
}

export function sandboxClient(options: PluggyClientOptions = {}): PluggyClient {
  return createPluggyClient({ baseUrl: BASE_URL, apiKey: SANDBOX_API_KEY, ...options })
}

export interface RenderOptions extends Partial<Omit<FarolProviderProps, 'children'>> {
  events?: FarolEvents
}

export function renderFarol(ui: ReactNode, options: RenderOptions = {}) {
  const queryClient = options.queryClient ?? new QueryClient()
  const client = options.client ?? sandboxClient()
  const view = render(
    <FarolProvider {...options} client={client} queryClient={queryClient}>
      {ui}
    </FarolProvider>,
  )
  return { ...view, queryClient, client }
}

/** `GET /items/{id}` requests the sandbox answered (or dropped). */
export function itemGets(sandbox: Pick<Sandbox, 'requests'>, id: string): RequestLogEntry[] {
  return sandbox.requests().filter((r) => r.method === 'GET' && r.path === `/items/${id}`)
}

/** `renderHook` inside a `FarolProvider` on the sandbox. */
export function renderFarolHook<T>(hook: () => T, options: RenderOptions = {}) {
  const queryClient = options.queryClient ?? new QueryClient()
  const client = options.client ?? sandboxClient()
  const wrapper = ({ children }: { children: ReactNode }) => (
    <FarolProvider {...options} client={client} queryClient={queryClient}>
      {children}
    </FarolProvider>
  )
  return { ...renderHook(hook, { wrapper }), queryClient, client }
}

/** Advances `stepMs` at a time until `done()` or `maxMs` elapsed; returns the time spent. */
export async function advanceUntil(done: () => boolean, maxMs = 10 * 60_000, stepMs = 1_000) {
  let spent = 0
  while (!done() && spent < maxMs) {
    await advance(stepMs)
    spent += stepMs
  }
  return spent
}
