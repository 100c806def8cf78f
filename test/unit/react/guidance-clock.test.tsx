// Guidance follows the clock: expiries, refused retries and consent days change what
// the hooks say at the right instant, with no new request and no polling.
import { act, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ItemConnectionStatus } from '../../../src/components'
import { parseItem } from '../../../src/core'
import { useItemGuidance } from '../../../src/react'
import { item } from '../../fixtures/items'
import {
  advance,
  advanceUntil,
  flush,
  itemGets,
  renderFarol,
  renderFarolHook,
  useSandbox,
} from './harness'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

describe('guidance follows the clock', () => {
  const { sandbox } = useSandbox()

  async function mfaPrompt(options: Parameters<typeof useItemGuidance>[1] = {}) {
    const created = sandbox.createItem('mfa-number', { stepMs: 1_000 })
    const hook = renderFarolHook(() => useItemGuidance(created.id, options))
    await advanceUntil(() => hook.result.current.guidance?.reason === 'mfa', 5 * MINUTE)
    const action = hook.result.current.guidance!.actions[0]
    const expiresAt = Date.parse(action?.type === 'provide-mfa' ? action.expiresAt! : '')
    return { id: created.id, hook, expiresAt }
  }

  it('an MFA prompt turns into mfa-expired at expiresAt, with no request', async () => {
    const { id, hook, expiresAt } = await mfaPrompt()
    const gets = itemGets(sandbox, id).length
    await advance(expiresAt - Date.now() - 1)
    expect(hook.result.current.guidance?.reason).toBe('mfa')
    await advance(1)
    expect(hook.result.current.guidance).toMatchObject({
      phase: 'waiting-user',
      reason: 'mfa-expired',
      actions: [{ type: 'retry' }],
    })
    expect(itemGets(sandbox, id)).toHaveLength(gets)
  })

  it('a fixed now freezes it', async () => {
    const { hook, expiresAt } = await mfaPrompt({ now: new Date(Date.now()) })
    await advance(expiresAt - Date.now() + MINUTE)
    expect(hook.result.current.guidance?.reason).toBe('mfa')
  })

  it('a refused retry is offered again exactly at retryAt', async () => {
    sandbox.configure({ minUpdateFrequencyHours: 1 })
    const created = sandbox.createItem('outdated-error', { stepMs: 1_000 })
    const hook = renderFarolHook(() => useItemGuidance(created.id))
    await advanceUntil(() => hook.result.current.guidance?.phase === 'outdated')
    await hook.result.current.retry()
    await flush()
    const retryAt = hook.result.current.retryAt!
    expect(hook.result.current.guidance).toMatchObject({
      retryable: false,
      actions: [{ type: 'retry', notBefore: retryAt }],
    })
    const gets = itemGets(sandbox, created.id).length
    await advance(Date.parse(retryAt) - Date.now())
    expect(hook.result.current.guidance).toMatchObject({
      retryable: true,
      actions: [{ type: 'retry' }],
    })
    expect(hook.result.current.guidance?.actions[0]).not.toHaveProperty('notBefore')
    expect(itemGets(sandbox, created.id)).toHaveLength(gets)
  })

  it('ItemConnectionStatus shows the hook guidance: the MFA form gives way when it expires', async () => {
    const created = sandbox.createItem('mfa-number', { stepMs: 1_000 })
    renderFarol(<ItemConnectionStatus itemId={created.id} />)
    const heading = () => screen.getByRole('heading', { level: 2 })
    await advanceUntil(() => screen.queryByRole('form') !== null, 5 * MINUTE)
    expect(heading()).toHaveTextContent(/código/)
    await advance(10 * MINUTE)
    expect(heading()).toHaveTextContent('O tempo para informar o código acabou')
    expect(screen.queryByRole('form')).toBeNull()
    expect(screen.getByRole('button', { name: 'Tentar novamente' })).toBeInTheDocument()
  })

  it('a deadline beyond setTimeout’s 24.8-day limit still arrives on time', () => {
    const expires = Date.now() + 40 * DAY
    const consent = parseItem(item({ consentExpiresAt: new Date(expires).toISOString() }))
    renderFarol(<ItemConnectionStatus item={consent} />)
    const reason = () =>
      document.querySelector('.farol-ItemConnectionStatus')?.getAttribute('data-reason')
    expect(reason()).toBe('updated')
    // Consent warnings start 7 days before: 33 days from now, past 2^31 - 1 ms.
    act(() => vi.advanceTimersByTime(33 * DAY - 1))
    expect(reason()).toBe('updated')
    act(() => vi.advanceTimersByTime(1))
    expect(reason()).toBe('consent-expiring')
  })
})
