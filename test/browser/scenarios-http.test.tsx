// Every sandbox scenario through the hooks in real Chromium, against the sandbox's
// real HTTP server on loopback (started by test/setup/sandbox-server.global.ts):
// real fetch, CORS, real timers.
import { QueryClient } from '@tanstack/react-query'
import { cleanup, render, renderHook, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { createPluggyClient } from '../../src/client'
import type { Item } from '../../src/core'
import { FarolProvider, useItemGuidance } from '../../src/react'
import {
  SANDBOX_API_KEY,
  SANDBOX_CREDENTIALS,
  SANDBOX_MFA_TOKEN,
  type ScenarioInfo,
} from '../../src/testing'

const baseUrl = inject('sandboxUrl')
const STEP_MS = 100

afterEach(() => cleanup())

async function control<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/__sandbox${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  expect(response.ok).toBe(true)
  return (await response.json()) as T
}

const createItem = (scenario: string) => control<Item>('/items', { scenario, stepMs: STEP_MS })

function providers(queryClient = new QueryClient()) {
  const client = createPluggyClient({ baseUrl, apiKey: SANDBOX_API_KEY })
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <FarolProvider client={client} queryClient={queryClient}>
        {children}
      </FarolProvider>
    )
  }
}

function Probe({ id, name }: { id: string; name: string }) {
  const { item, guidance, error } = useItemGuidance(id)
  return (
    <li
      data-testid={name}
      data-settled={`${item?.status ?? ''} / ${item?.executionStatus ?? ''}`}
      data-phase={guidance?.phase ?? 'loading'}
      data-error={error?.kind ?? ''}
    />
  )
}

async function until(check: () => boolean, timeoutMs = 30_000) {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe('every sandbox scenario over real HTTP in Chromium', () => {
  it('each settles as declared, seen through useItemGuidance', { timeout: 60_000 }, async () => {
    const scenarios = await control<ScenarioInfo[]>('/scenarios')
    expect(scenarios.length).toBeGreaterThan(50)
    const items = await Promise.all(scenarios.map((s) => createItem(s.name)))
    const Wrapper = providers()
    render(
      <Wrapper>
        <ul>
          {scenarios.map((s, i) => (
            <Probe key={s.name} id={items[i]!.id} name={s.name} />
          ))}
        </ul>
      </Wrapper>,
    )
    const expected = (s: ScenarioInfo) => `${s.settles.status} / ${s.settles.executionStatus}`
    const pending = () =>
      scenarios.filter((s) => screen.getByTestId(s.name).dataset.settled !== expected(s))
    await until(() => pending().length === 0).catch(() => {
      throw new Error(
        `not settled: ${pending()
          .map((s) => s.name)
          .join(', ')}`,
      )
    })
    for (const s of scenarios) {
      const probe = screen.getByTestId(s.name)
      expect(probe.dataset.phase, s.name).not.toBe('loading')
      expect(probe.dataset.error, s.name).toBe('')
    }
  })

  async function settled(scenario: string, status: string) {
    const { id } = await createItem(scenario)
    const hook = renderHook(() => useItemGuidance(id), { wrapper: providers() })
    await until(() => hook.result.current.item?.status === status)
    return { id, hook }
  }

  it('mfa-number: the code goes over HTTP and the item syncs', { timeout: 30_000 }, async () => {
    const { hook } = await settled('mfa-number', 'WAITING_USER_INPUT')
    await hook.result.current.submitMfa({ token: SANDBOX_MFA_TOKEN })
    await until(() => hook.result.current.guidance?.phase === 'ready')
    expect(hook.result.current.item?.executionStatus).toBe('SUCCESS')
  })

  it(
    'device-authorization: approval at the bank is picked up by polling',
    { timeout: 30_000 },
    async () => {
      const { id, hook } = await settled('device-authorization', 'OUTDATED')
      expect(hook.result.current.guidance?.actions[0]?.type).toBe('authorize-device')
      await control(`/approve-device/${id}`, {})
      await until(() => hook.result.current.guidance?.phase === 'ready')
    },
  )

  it('user-action-qr: completing the action is picked up', { timeout: 30_000 }, async () => {
    const { id, hook } = await settled('user-action-qr', 'WAITING_USER_ACTION')
    await control(`/complete-user-action/${id}`, {})
    await until(() => hook.result.current.guidance?.phase === 'ready')
  })

  it(
    'invalid-credentials: new credentials over PATCH sync the item',
    { timeout: 30_000 },
    async () => {
      const { hook } = await settled('invalid-credentials', 'LOGIN_ERROR')
      await hook.result.current.submitCredentials({ ...SANDBOX_CREDENTIALS })
      await until(() => hook.result.current.guidance?.phase === 'ready')
    },
  )

  it('outdated-recovers: retry restarts polling and ends ready', { timeout: 30_000 }, async () => {
    const { hook } = await settled('outdated-recovers', 'OUTDATED')
    await hook.result.current.retry()
    await until(() => hook.result.current.guidance?.phase === 'ready')
  })
})
