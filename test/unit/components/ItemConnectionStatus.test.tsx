import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { GuidanceReason, Item } from '../../../src/core'
import { ItemConnectionStatus } from '../../../src/components/ItemConnectionStatus'
import { FarolI18nProvider } from '../../../src/i18n'
import { HOSTILE_STRINGS, findActiveMarkup } from '../../fixtures/hostile'
import { pluggyBank } from '../../fixtures/items'
import {
  LOCALES,
  LOCALE_NAMES,
  NOW,
  REASONS,
  axeViolations,
  leakedInternals,
  preloadLocales,
  renderIn,
  rowItem,
} from './status-test-utils'

beforeAll(preloadLocales)

const handlers = () => ({
  onRetry: vi.fn(),
  onSubmitCredentials: vi.fn(),
  onSubmitMfa: vi.fn(),
  onReconnect: vi.fn(),
  onAction: vi.fn(),
})

const liveRegion = (container: HTMLElement) =>
  container.querySelector<HTMLElement>('.farol-ItemConnectionStatus-liveRegion')!

const slotClass: Partial<Record<GuidanceReason, string>> = {
  mfa: 'farol-CredentialPrompt',
  'invalid-credentials': 'farol-CredentialPrompt',
  'login-error': 'farol-CredentialPrompt',
  'device-authorization': 'farol-DeviceAuthorizationNotice',
  'user-action': 'farol-UserActionNotice',
}

describe('ItemConnectionStatus: every decision-table row', () => {
  const cases = REASONS.flatMap((reason) => LOCALE_NAMES.map((locale) => [reason, locale] as const))

  it.each(cases)('%s in %s', (reason, locale) => {
    const { container } = renderIn(
      locale,
      <ItemConnectionStatus item={rowItem(reason)} now={NOW} {...handlers()} />,
    )
    const root = container.querySelector('.farol-ItemConnectionStatus')!
    expect(root).toHaveAttribute('data-reason', reason)
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      LOCALES[locale].status.reason[reason].headline,
    )
    const slot = slotClass[reason]
    for (const name of new Set(Object.values(slotClass))) {
      expect(Boolean(container.querySelector(`.${name}`)), name).toBe(name === slot)
    }
    expect(leakedInternals(container.textContent ?? '')).toEqual([])
  })

  it.each(REASONS)('%s has no axe violations', async (reason) => {
    const { container } = render(
      <ItemConnectionStatus item={rowItem(reason)} now={NOW} {...handlers()} />,
    )
    expect(await axeViolations(container)).toEqual([])
  })
})

describe('ItemConnectionStatus: the live region', () => {
  function Harness({ initial }: { initial: Item }) {
    const [item, setItem] = useState(initial)
    return (
      <>
        <button type="button" onClick={() => setItem(rowItem('updated'))}>
          done
        </button>
        <button type="button" onClick={() => setItem({ ...item })}>
          same
        </button>
        <ItemConnectionStatus item={item} now={NOW} />
      </>
    )
  }

  it('is a single polite status region, silent on first render', () => {
    const { container } = render(<Harness initial={rowItem('syncing')} />)
    const region = liveRegion(container)
    expect(region).toHaveAttribute('role', 'status')
    expect(region).toHaveAttribute('aria-live', 'polite')
    expect(region).toBeEmptyDOMElement()
    expect(container.querySelectorAll('[aria-live="polite"]')).toHaveLength(1)
    expect(container.querySelector('.farol-StatusBanner [aria-live]')).toBeNull()
  })

  it('announces the new headline when the reason changes, not on a same-reason update', async () => {
    const { container } = render(<Harness initial={rowItem('syncing')} />)
    await userEvent.click(screen.getByRole('button', { name: 'same' }))
    expect(liveRegion(container)).toBeEmptyDOMElement()
    await userEvent.click(screen.getByRole('button', { name: 'done' }))
    expect(liveRegion(container)).toHaveTextContent('Conexão em dia')
  })

  it('does not announce a language change', () => {
    const item = rowItem('site-not-available')
    const { container, rerender } = render(
      <FarolI18nProvider locale="pt-BR">
        <ItemConnectionStatus item={item} now={NOW} />
      </FarolI18nProvider>,
    )
    rerender(
      <FarolI18nProvider locale="en">
        <ItemConnectionStatus item={item} now={NOW} />
      </FarolI18nProvider>,
    )
    expect(liveRegion(container)).toBeEmptyDOMElement()
  })
})

describe('ItemConnectionStatus: actions', () => {
  it('routes retry to onRetry, after onAction', async () => {
    const h = handlers()
    render(<ItemConnectionStatus item={rowItem('connection-error')} now={NOW} {...h} />)
    await userEvent.click(screen.getByRole('button', { name: 'Tentar novamente' }))
    expect(h.onAction).toHaveBeenCalledWith({ type: 'retry' })
    expect(h.onRetry).toHaveBeenCalledTimes(1)
  })

  it('routes renew-consent to onReconnect', async () => {
    const h = handlers()
    render(<ItemConnectionStatus item={rowItem('consent-revoked')} now={NOW} {...h} />)
    await userEvent.click(screen.getByRole('button', { name: 'Renovar autorização' }))
    expect(h.onReconnect).toHaveBeenCalledTimes(1)
  })

  it('shows no button whose action nobody handles', () => {
    render(<ItemConnectionStatus item={rowItem('consent-revoked')} now={NOW} onRetry={() => {}} />)
    expect(screen.queryByRole('button', { name: 'Renovar autorização' })).toBeNull()
  })

  it('puts the credential form in the slot instead of a button when credentials are wrong', async () => {
    const h = handlers()
    const { container } = render(
      <ItemConnectionStatus item={rowItem('invalid-credentials')} now={NOW} {...h} />,
    )
    expect(container.querySelector('.farol-CredentialPrompt')).toHaveAttribute(
      'data-mode',
      'credentials',
    )
    expect(screen.queryByRole('button', { name: 'Atualizar dados de acesso' })).toBeNull()
    expect(screen.getByText(/Já foram 2 tentativas sem sucesso/)).toBeInTheDocument()
  })

  it('opens the credential form from a secondary action only when asked (locked account)', async () => {
    const h = handlers()
    const { container } = render(
      <ItemConnectionStatus item={rowItem('account-locked')} now={NOW} {...h} />,
    )
    expect(container.querySelector('.farol-CredentialPrompt')).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Atualizar dados de acesso' }))
    expect(container.querySelector('.farol-CredentialPrompt')).not.toBeNull()
    expect(h.onAction).toHaveBeenCalledWith(expect.objectContaining({ type: 'update-credentials' }))
  })

  it('renders the MFA prompt for the bank code', () => {
    const { container } = render(
      <ItemConnectionStatus item={rowItem('mfa')} now={NOW} {...handlers()} />,
    )
    expect(container.querySelector('.farol-CredentialPrompt')).toHaveAttribute('data-mode', 'mfa')
  })

  it('lets the device notice own "I\'ve authorized it" and calls onRetry', async () => {
    const h = handlers()
    const { container } = render(
      <ItemConnectionStatus item={rowItem('device-authorization')} now={NOW} {...h} />,
    )
    const banner = container.querySelector('.farol-StatusBanner')!
    expect(banner.querySelector('button')).toBeNull()
    const notice = container.querySelector('.farol-DeviceAuthorizationNotice')!
    expect(notice).toHaveTextContent('Farol-7F3A')
    const buttons = notice.querySelectorAll('button')
    await userEvent.click(buttons[buttons.length - 1]!)
    expect(h.onRetry).toHaveBeenCalled()
  })

  it('shows per-product state for partial success', () => {
    const { container } = render(
      <ItemConnectionStatus item={rowItem('partial-success')} now={NOW} />,
    )
    expect(container.querySelectorAll('.farol-ProductWarningList-product')).toHaveLength(3)
  })

  it('takes a guidance from props instead of describing the item', () => {
    const item = rowItem('updated')
    const { container } = render(
      <ItemConnectionStatus item={item} guidance={describeUnknown()} now={NOW} />,
    )
    expect(container.querySelector('.farol-StatusBanner')).toHaveAttribute('data-reason', 'unknown')
  })

  it.each(HOSTILE_STRINGS.map((text) => [text.slice(0, 30), text]))(
    'stays inert with hostile institution data: %s',
    (_, text) => {
      const item: Item = {
        ...rowItem('account-needs-action'),
        error: { code: 'ACCOUNT_NEEDS_ACTION', message: text, providerMessage: text },
        connector: {
          ...pluggyBank,
          name: text,
          imageUrl: text,
          resetPasswordUrl: text,
          primaryColor: text,
        },
      }
      const { container } = render(<ItemConnectionStatus item={item} now={NOW} {...handlers()} />)
      expect(findActiveMarkup(container)).toEqual([])
    },
  )

  it('keeps updating "há N minutos" with the clock when no now is given', () => {
    vi.useFakeTimers({ now: NOW })
    try {
      const item = { ...rowItem('updated'), lastUpdatedAt: NOW.toISOString() }
      render(<ItemConnectionStatus item={item} />)
      act(() => {
        vi.advanceTimersByTime(5 * 60_000)
      })
      expect(screen.getByText('Atualizado há 5 minutos')).toBeInTheDocument()
    } finally {
      vi.useRealTimers()
    }
  })
})

function describeUnknown() {
  return {
    phase: 'unknown' as const,
    tone: 'neutral' as const,
    reason: 'unknown' as const,
    terminal: false,
    retryable: true,
    fetchableProducts: [],
    failedProducts: [],
    warnings: [],
    actions: [],
    alert: 'internal' as const,
    autoSync: { willRetry: false },
    notices: [],
  }
}
