// The client and hooks in real Chromium: real fetch, real timers, the sandbox behind an MSW
// service worker (public/mockServiceWorker.js).
import { focusManager, QueryClient } from '@tanstack/react-query'
import { cleanup, render, renderHook } from '@testing-library/react'
import { setupWorker } from 'msw/browser'
import type { ReactNode } from 'react'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { getApiProblem } from '../../src/core'
import { createPluggyClient } from '../../src/client'
import { FarolProvider, useItem, useItemGuidance } from '../../src/react'
import {
  createSandbox,
  createSandboxHandlers,
  SANDBOX_API_KEY,
  SANDBOX_CREDENTIALS,
} from '../../src/testing'

const BASE_URL = 'https://api.pluggy.ai'
const sandbox = createSandbox({ stepMs: 250 })
const worker = setupWorker(...createSandboxHandlers(sandbox, { baseUrl: BASE_URL }))

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' })
})
afterAll(() => worker.stop())
afterEach(() => {
  cleanup()
  sandbox.reset()
  focusManager.setFocused(undefined)
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const gets = (id: string) =>
  sandbox.requests().filter((r) => r.method === 'GET' && r.path === `/items/${id}`)

function farol(children: ReactNode, queryClient = new QueryClient()) {
  const client = createPluggyClient({ baseUrl: BASE_URL, apiKey: SANDBOX_API_KEY })
  render(
    <FarolProvider client={client} queryClient={queryClient}>
      {children}
    </FarolProvider>,
  )
  return queryClient
}

function Status({ id }: { id: string }) {
  const { item } = useItem(id)
  return <li data-status={item?.status ?? 'loading'}>{item?.status ?? 'loading'}</li>
}

async function until(check: () => boolean, timeoutMs = 10_000) {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out')
    await sleep(50)
  }
}

describe('hooks over real fetch in Chromium', () => {
  it('20 components on one item: one poller, requests never closer than the 2 s pace', async () => {
    const created = sandbox.createItem('success')
    farol(
      <ul>
        {Array.from({ length: 20 }, (_, i) => (
          <Status key={i} id={created.id} />
        ))}
      </ul>,
    )
    await until(() => document.querySelectorAll('[data-status="UPDATED"]').length === 20)
    const times = gets(created.id).map((r) => Date.parse(r.at))
    // About 1.75 s of syncing: the load, a poll at 2 s, done.
    expect(times.length).toBeGreaterThanOrEqual(2)
    expect(times.length).toBeLessThanOrEqual(3)
    times.slice(1).forEach((t, i) => expect(t - times[i]!).toBeGreaterThanOrEqual(1_900))
    const settled = gets(created.id).length
    await sleep(3_000)
    expect(gets(created.id)).toHaveLength(settled)
  })

  it('no request while unfocused; one when focus returns', async () => {
    const created = sandbox.createItem('success', { stepMs: 60_000 })
    farol(<Status id={created.id} />)
    await until(() => gets(created.id).length === 1)
    focusManager.setFocused(false)
    await sleep(3_000)
    expect(gets(created.id)).toHaveLength(1)
    focusManager.setFocused(true)
    await until(() => gets(created.id).length === 2, 2_000)
  })

  it('credentials typed into an action are in no cache entry', async () => {
    const SECRET = 'Chromium-S3cret!'
    const created = sandbox.createItem('invalid-credentials')
    const queryClient = new QueryClient()
    const client = createPluggyClient({ baseUrl: BASE_URL, apiKey: SANDBOX_API_KEY })
    const { result } = renderHook(() => useItemGuidance(created.id), {
      wrapper: ({ children }) => (
        <FarolProvider client={client} queryClient={queryClient}>
          {children}
        </FarolProvider>
      ),
    })
    await until(() => result.current.item?.status === 'LOGIN_ERROR')
    await result.current.submitCredentials({ user: SANDBOX_CREDENTIALS.user, password: SECRET })
    await until(() => result.current.item?.status === 'LOGIN_ERROR' && !result.current.isSubmitting)
    const everything = JSON.stringify({
      queries: queryClient
        .getQueryCache()
        .getAll()
        .map((q) => q.state),
      mutations: queryClient
        .getMutationCache()
        .getAll()
        .map((m) => m.state),
    })
    expect(everything).not.toContain(SECRET)
  })
})

describe('createPluggyClient in Chromium', () => {
  it('times out with the AbortController and classifies it', async () => {
    const created = sandbox.createItem('success')
    sandbox.injectFault({ latencyMs: 3_000, times: 1 })
    const client = createPluggyClient({
      baseUrl: BASE_URL,
      apiKey: SANDBOX_API_KEY,
      timeoutMs: 200,
    })
    const error = await client.getItem(created.id).catch((e: unknown) => e)
    expect(getApiProblem(error)).toMatchObject({ kind: 'network', timedOut: true })
  })

  it('a dropped connection is a network problem; the next request works', async () => {
    const created = sandbox.createItem('success')
    sandbox.injectFault({ dropConnection: true, times: 1 })
    const client = createPluggyClient({ baseUrl: BASE_URL, apiKey: SANDBOX_API_KEY })
    const error = await client.getItem(created.id).catch((e: unknown) => e)
    expect(getApiProblem(error)?.kind).toBe('network')
    await expect(client.getItem(created.id)).resolves.toMatchObject({ id: created.id })
  })
})
