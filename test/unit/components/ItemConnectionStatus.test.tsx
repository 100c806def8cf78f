import { act, render, screen, within } from '@testing-library/react'
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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const handlers = () => ({
  onRetry: vi.fn(),
  onSubmitCredentials: vi.fn(),
  onSubmitMfa: vi.fn(),
  onReconnect: vi.fn(),
  onAction: vi.fn(),
})

// Found as a user (or a screen reader) finds them: by role and accessible name.
const liveRegion = () => screen.getByRole('status')
/** The banner: a region named by the institution and the headline. */
const banner = (headline: string | RegExp) => screen.getByRole('region', { name: headline })

type Strings = (typeof LOCALES)[keyof typeof LOCALES]
/** What fills the slot under the banner, by the role and name a user finds it by. */
const slots = (strings: Strings) => ({
  'credential form': () =>
    screen.queryByRole('form', {
      name: new RegExp(
        `^(${strings.credentials.heading.credentials}|${strings.credentials.heading.mfa})$`,
      ),
    }),
  'device notice': () =>
    screen.queryByRole('region', { name: strings.device.authorization.heading }),
  'user-action notice': () =>
    screen.queryByRole('region', { name: strings.device.userAction.authorize.heading }),
})
type SlotName = keyof ReturnType<typeof slots>
const slotOf: Partial<Record<GuidanceReason, SlotName>> = {
  mfa: 'credential form',
  'invalid-credentials': 'credential form',
  'login-error': 'credential form',
  'device-authorization': 'device notice',
  'user-action': 'user-action notice',
}
const credentialForm = () =>
  screen.queryByRole('form', {
    name: new RegExp(
      `^(${LOCALES['pt-BR'].credentials.heading.credentials}|${LOCALES['pt-BR'].credentials.heading.mfa})$`,
    ),
  })

describe('ItemConnectionStatus: every decision-table row', () => {
  const cases = REASONS.flatMap((reason) => LOCALE_NAMES.map((locale) => [reason, locale] as const))

  it.each(cases)('%s in %s', (reason, locale) => {
    const { container } = renderIn(
      locale,
      <ItemConnectionStatus item={rowItem(reason)} now={NOW} {...handlers()} />,
    )
    expect(container.firstElementChild).toHaveAttribute('data-reason', reason)
    const headline = LOCALES[locale].status.reason[reason].headline
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(headline)
    expect(banner(new RegExp(escapeRegExp(headline)))).toHaveAttribute('data-reason', reason)
    for (const [name, find] of Object.entries(slots(LOCALES[locale]))) {
      expect(find() !== null, name).toBe(name === slotOf[reason])
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
    const region = liveRegion()
    expect(region).toHaveAttribute('aria-live', 'polite')
    expect(region).toBeEmptyDOMElement()
    expect(container.querySelectorAll('[aria-live="polite"]')).toHaveLength(1)
    const headline = LOCALES['pt-BR'].status.reason.syncing.headline
    expect(banner(new RegExp(escapeRegExp(headline))).querySelector('[aria-live]')).toBeNull()
  })

  it('announces the new headline when the reason changes, not on a same-reason update', async () => {
    render(<Harness initial={rowItem('syncing')} />)
    await userEvent.click(screen.getByRole('button', { name: 'same' }))
    expect(liveRegion()).toBeEmptyDOMElement()
    await userEvent.click(screen.getByRole('button', { name: 'done' }))
    expect(liveRegion()).toHaveTextContent('Conexão em dia')
  })

  it('does not announce a language change', () => {
    const item = rowItem('site-not-available')
    const { rerender } = render(
      <FarolI18nProvider locale="pt-BR">
        <ItemConnectionStatus item={item} now={NOW} />
      </FarolI18nProvider>,
    )
    rerender(
      <FarolI18nProvider locale="en">
        <ItemConnectionStatus item={item} now={NOW} />
      </FarolI18nProvider>,
    )
    expect(liveRegion()).toBeEmptyDOMElement()
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
    render(<ItemConnectionStatus item={rowItem('invalid-credentials')} now={NOW} {...h} />)
    expect(credentialForm()?.parentElement).toHaveAttribute('data-mode', 'credentials')
    expect(screen.queryByRole('button', { name: 'Atualizar dados de acesso' })).toBeNull()
    expect(screen.getByText(/Já foram 2 tentativas sem sucesso/)).toBeInTheDocument()
  })

  it('opens the credential form from a secondary action only when asked (locked account)', async () => {
    const h = handlers()
    render(<ItemConnectionStatus item={rowItem('account-locked')} now={NOW} {...h} />)
    expect(credentialForm()).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Atualizar dados de acesso' }))
    expect(credentialForm()).not.toBeNull()
    expect(h.onAction).toHaveBeenCalledWith(expect.objectContaining({ type: 'update-credentials' }))
  })

  it('renders the MFA prompt for the bank code', () => {
    render(<ItemConnectionStatus item={rowItem('mfa')} now={NOW} {...handlers()} />)
    expect(credentialForm()?.parentElement).toHaveAttribute('data-mode', 'mfa')
  })

  it('lets the device notice own "I\'ve authorized it" and calls onRetry', async () => {
    const h = handlers()
    render(<ItemConnectionStatus item={rowItem('device-authorization')} now={NOW} {...h} />)
    const headline = LOCALES['pt-BR'].status.reason['device-authorization'].headline
    expect(within(banner(new RegExp(escapeRegExp(headline)))).queryByRole('button')).toBeNull()
    const notice = screen.getByRole('region', {
      name: LOCALES['pt-BR'].device.authorization.heading,
    })
    expect(notice).toHaveTextContent('Farol-7F3A')
    const buttons = within(notice).getAllByRole('button')
    await userEvent.click(buttons[buttons.length - 1]!)
    expect(h.onRetry).toHaveBeenCalled()
  })

  it('shows per-product state for partial success', () => {
    render(<ItemConnectionStatus item={rowItem('partial-success')} now={NOW} />)
    const products = screen.getByRole('list', { name: LOCALES['pt-BR'].warnings.listLabel })
    // Each product is a direct item of the list (its warnings are a list inside it).
    const rows = within(products)
      .getAllByRole('listitem')
      .filter((row) => row.parentElement === products)
    expect(rows).toHaveLength(3)
  })

  it('takes a guidance from props instead of describing the item', () => {
    const item = rowItem('updated')
    render(<ItemConnectionStatus item={item} guidance={describeUnknown()} now={NOW} />)
    const headline = LOCALES['pt-BR'].status.reason.unknown.headline
    expect(banner(new RegExp(escapeRegExp(headline)))).toHaveAttribute('data-reason', 'unknown')
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
