import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { GuidanceReason, GuidedAction, Item, ItemGuidance } from '../../../src/core'
import { StatusBanner } from '../../../src/components/StatusBanner'
import { FarolI18nContext, FarolI18nProvider, createFarolI18n } from '../../../src/i18n'
import { HOSTILE_STRINGS, HOSTILE_URLS, findActiveMarkup } from '../../fixtures/hostile'
import { pluggyBank } from '../../fixtures/items'
import {
  DECISION_TABLE,
  LOCALES,
  LOCALE_NAMES,
  NOW,
  REASONS,
  axeViolations,
  leakedInternals,
  preloadLocales,
  rawValues,
  renderIn,
  rowGuidance,
  rowItem,
} from './status-test-utils'

beforeAll(preloadLocales)

const baseGuidance = (overrides: Partial<ItemGuidance> = {}): ItemGuidance => ({
  phase: 'login-error',
  tone: 'danger',
  reason: 'account-needs-action',
  terminal: true,
  retryable: true,
  fetchableProducts: [],
  failedProducts: [],
  warnings: [],
  actions: [{ type: 'act-at-institution' }, { type: 'retry' }],
  alert: 'user',
  autoSync: { willRetry: false },
  notices: [],
  ...overrides,
})

// The banner is a region (a section named by the institution and the headline).
const banner = (container: HTMLElement) => within(container).getByRole('region')

describe('StatusBanner: every decision-table row in every language', () => {
  const cases = REASONS.flatMap((reason) => LOCALE_NAMES.map((locale) => [reason, locale] as const))

  it.each(cases)('%s in %s', (reason, locale) => {
    const guidance = rowGuidance(reason)
    expect(guidance.reason).toBe(reason)
    const { container } = renderIn(
      locale,
      <StatusBanner guidance={guidance} item={rowItem(reason)} now={NOW} onAction={() => {}} />,
    )
    const strings = LOCALES[locale].status.reason[reason]
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(strings.headline)
    expect(container).toHaveTextContent(strings.explanation)

    const root = banner(container)
    expect(root).toHaveAttribute('data-phase', guidance.phase)
    expect(root).toHaveAttribute('data-tone', guidance.tone)
    expect(root).toHaveAttribute('data-reason', reason)
    expect(screen.getByRole('region')).toBe(root)

    const text = container.textContent ?? ''
    expect(leakedInternals(text)).toEqual([])
    for (const raw of rawValues(DECISION_TABLE[reason])) expect(text).not.toContain(raw)
  })

  it.each(REASONS)('%s has no axe violations', async (reason) => {
    const { container } = renderIn(
      'pt-BR',
      <StatusBanner
        guidance={rowGuidance(reason)}
        item={rowItem(reason)}
        now={NOW}
        onAction={() => {}}
      />,
    )
    expect(await axeViolations(container)).toEqual([])
  })
})

describe('StatusBanner: content', () => {
  it('names the section by institution and headline', () => {
    render(
      <StatusBanner
        guidance={rowGuidance('invalid-credentials')}
        item={rowItem('invalid-credentials')}
        now={NOW}
      />,
    )
    expect(
      screen.getByRole('region', { name: 'Pluggy Bank Não conseguimos entrar na sua conta' }),
    ).toBeInTheDocument()
  })

  it('works with no provider, in pt-BR', () => {
    render(<StatusBanner guidance={rowGuidance('site-not-available')} now={NOW} />)
    expect(screen.getByRole('heading')).toHaveTextContent('O banco está instável no momento')
    expect(screen.getByText('Seu banco')).toBeInTheDocument()
  })

  it('uses the Open Finance wording for invalid credentials', () => {
    const item: Item = {
      ...rowItem('invalid-credentials'),
      connector: { ...pluggyBank, isOpenFinance: true },
    }
    render(<StatusBanner guidance={rowGuidance('invalid-credentials')} item={item} now={NOW} />)
    expect(
      screen.getByText('O CPF ou CNPJ informado é inválido. Confira e tente de novo.'),
    ).toBeInTheDocument()
  })

  it('shows the sync step with an accessible progress indicator', () => {
    render(<StatusBanner guidance={rowGuidance('syncing')} now={NOW} />)
    const progress = screen.getByRole('progressbar', { name: 'Progresso da atualização' })
    expect(progress).toHaveAttribute('aria-valuetext', 'Buscando transações…')
    expect(screen.getByText('Buscando transações…')).toBeInTheDocument()
  })

  it('shows the provider message verbatim, as text, inside lang="pt-BR"', () => {
    const message = 'Sua senha deve ser <b>alterada</b> & confirmada'
    const { container } = render(
      <StatusBanner guidance={baseGuidance({ providerMessage: message })} now={NOW} />,
    )
    const quote = container.querySelector('[lang="pt-BR"]')!
    expect(quote.textContent).toBe(message)
    expect(quote.querySelector('b')).toBeNull()
    expect(screen.getByText('Mensagem do banco')).toBeInTheDocument()
  })

  it('tells the time since the last update, in each language', () => {
    const item: Item = {
      ...rowItem('updated'),
      lastUpdatedAt: new Date(NOW.getTime() - 5 * 60_000).toISOString(),
    }
    const expected = {
      'pt-BR': 'Atualizado há 5 minutos',
      en: 'Updated 5 minutes ago',
      es: 'Actualizado hace 5 minutos',
    }
    for (const locale of LOCALE_NAMES) {
      const { unmount } = renderIn(
        locale,
        <StatusBanner guidance={rowGuidance('updated')} item={item} now={NOW} />,
      )
      expect(screen.getByText(expected[locale])).toBeInTheDocument()
      expect(screen.getByText(expected[locale]).closest('time')).toHaveAttribute(
        'dateTime',
        item.lastUpdatedAt,
      )
      unmount()
    }
  })

  it('shows the notices: lock-out risk, consent expiry, connector health, auto-sync off', () => {
    const guidance = baseGuidance({
      notices: [
        { type: 'lockout-risk', failedAttempts: 2 },
        { type: 'consent-expiring', consentExpiresAt: '2026-07-23T10:00:00.000Z', daysLeft: 3 },
        { type: 'connector-health', status: 'OFFLINE' },
        { type: 'auto-sync-disabled' },
      ],
    })
    render(<StatusBanner guidance={guidance} now={NOW} />)
    const notices = within(screen.getByRole('list'))
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(notices).toEqual([
      'Já foram 2 tentativas sem sucesso. Confira bem os dados: mais um erro pode bloquear sua conta no banco.',
      'Sua autorização vence em 3 dias.',
      'O banco está fora do ar agora. Tente mais tarde.',
      'As atualizações automáticas estão desligadas. Atualize quando quiser.',
    ])
  })

  it('uses the singular for one day and one attempt, and "hoje" for zero days', () => {
    const guidance = baseGuidance({
      notices: [
        { type: 'lockout-risk', failedAttempts: 1 },
        { type: 'consent-expiring', consentExpiresAt: NOW.toISOString(), daysLeft: 1 },
        { type: 'consent-expiring', consentExpiresAt: NOW.toISOString(), daysLeft: 0 },
      ],
    })
    render(<StatusBanner guidance={guidance} now={NOW} />)
    expect(screen.getByText(/Já houve 1 tentativa sem sucesso/)).toBeInTheDocument()
    expect(screen.getByText('Sua autorização vence em 1 dia.')).toBeInTheDocument()
    expect(screen.getByText('Sua autorização vence hoje.')).toBeInTheDocument()
  })

  it('says when auto-sync tries again, and when it stopped', () => {
    const next = new Date(NOW.getTime() + 60 * 60_000)
    const time = new Intl.DateTimeFormat('pt-BR', { timeStyle: 'short' }).format(next)
    const { rerender } = render(
      <StatusBanner
        guidance={baseGuidance({
          phase: 'outdated',
          reason: 'site-not-available',
          autoSync: { willRetry: true, nextAttemptAt: next.toISOString(), attemptsLeft: 3 },
        })}
        now={NOW}
      />,
    )
    expect(
      screen.getByText(`Vamos tentar de novo às ${time}. Restam 3 tentativas automáticas.`),
    ).toBeInTheDocument()
    rerender(
      <StatusBanner
        guidance={baseGuidance({
          phase: 'outdated',
          reason: 'site-not-available',
          autoSync: { willRetry: false, attemptsLeft: 0 },
        })}
        now={NOW}
      />,
    )
    expect(screen.getByText('As tentativas automáticas pararam.')).toBeInTheDocument()
  })

  it('says when consent expires when consent is the reason itself', () => {
    const { unmount } = render(
      <StatusBanner guidance={rowGuidance('consent-expiring')} now={NOW} />,
    )
    expect(screen.getByText('Sua autorização vence em 3 dias.')).toBeInTheDocument()
    unmount()
    render(<StatusBanner guidance={rowGuidance('consent-expired')} now={NOW} />)
    expect(screen.getByText('Sua autorização venceu em 18/07/2026.')).toBeInTheDocument()
  })

  it('formats dates in the active locale', () => {
    const guidance = baseGuidance({
      notices: [{ type: 'consent-expired', consentExpiresAt: '2026-07-18T12:00:00.000Z' }],
    })
    const { unmount } = renderIn('pt-BR', <StatusBanner guidance={guidance} now={NOW} />)
    expect(screen.getByText('Sua autorização venceu em 18/07/2026.')).toBeInTheDocument()
    unmount()
    renderIn('en', <StatusBanner guidance={guidance} now={NOW} />)
    expect(screen.getByText('Your authorization expired on 7/18/26.')).toBeInTheDocument()
  })
})

describe('StatusBanner: actions', () => {
  it('renders the primary action first and calls onAction with it', async () => {
    const onAction = vi.fn()
    render(
      <StatusBanner guidance={rowGuidance('account-needs-action')} now={NOW} onAction={onAction} />,
    )
    const buttons = screen.getAllByRole('button')
    expect(buttons.map((button) => button.textContent)).toEqual([
      'Já resolvi, conectar de novo',
      'Tentar novamente',
    ])
    expect(buttons[0]).toHaveAttribute('data-variant', 'primary')
    await userEvent.click(buttons[1]!)
    expect(onAction).toHaveBeenCalledWith({ type: 'retry' })
  })

  it('renders no buttons without onAction, and never one for "wait"', () => {
    const { rerender } = render(
      <StatusBanner guidance={rowGuidance('invalid-credentials')} now={NOW} />,
    )
    expect(screen.queryByRole('button')).toBeNull()
    rerender(<StatusBanner guidance={rowGuidance('syncing')} now={NOW} onAction={() => {}} />)
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('keeps buttons focusable but inert while busy', async () => {
    const onAction = vi.fn()
    render(
      <StatusBanner
        guidance={rowGuidance('connection-error')}
        now={NOW}
        onAction={onAction}
        busy
      />,
    )
    const button = screen.getByRole('button', { name: 'Tentar novamente' })
    expect(button).toHaveAttribute('aria-disabled', 'true')
    await userEvent.click(button)
    expect(onAction).not.toHaveBeenCalled()
    expect(screen.getByRole('region')).toHaveAttribute('aria-busy', 'true')
  })

  it('says when a retry becomes possible and holds the button until then', async () => {
    const onAction = vi.fn()
    const notBefore = new Date(NOW.getTime() + 30 * 60_000)
    const time = new Intl.DateTimeFormat('pt-BR', { timeStyle: 'short' }).format(notBefore)
    render(
      <StatusBanner
        guidance={baseGuidance({
          actions: [{ type: 'retry', notBefore: notBefore.toISOString() }],
        })}
        now={NOW}
        onAction={onAction}
      />,
    )
    expect(screen.getByText(`Você pode tentar de novo às ${time}.`)).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button'))
    expect(onAction).not.toHaveBeenCalled()
  })

  it('skips hidden and unknown action types', () => {
    const actions = [
      { type: 'teleport' },
      { type: 'retry' },
      { type: 'renew-consent' },
    ] as unknown as GuidedAction[]
    render(
      <StatusBanner
        guidance={baseGuidance({ actions })}
        now={NOW}
        onAction={() => {}}
        hiddenActions={['retry']}
      />,
    )
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Renovar autorização',
    ])
  })

  it('links resetPasswordUrl only when it is http(s), in a new tab, without opener', () => {
    const guidance = (resetPasswordUrl: string) =>
      baseGuidance({ actions: [{ type: 'act-at-institution', resetPasswordUrl }] })
    const { rerender } = render(
      <StatusBanner guidance={guidance('https://bank.example/reset')} now={NOW} />,
    )
    const link = screen.getByRole('link', { name: /Trocar a senha no site do banco/ })
    expect(link).toHaveAttribute('href', 'https://bank.example/reset')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    for (const url of HOSTILE_URLS.filter((url) => !url.startsWith('https://'))) {
      rerender(<StatusBanner guidance={guidance(url)} now={NOW} />)
      expect(screen.queryByRole('link')).toBeNull()
    }
  })
})

describe('StatusBanner: connector logo and colour', () => {
  const withConnector = (connector: Partial<Item['connector']>): Item => ({
    ...rowItem('updated'),
    connector: { ...pluggyBank, ...connector } as Item['connector'],
  })

  it('shows an http(s) or data:image logo with empty alt, nothing else', () => {
    const { container, rerender } = render(
      <StatusBanner guidance={rowGuidance('updated')} item={withConnector({})} now={NOW} />,
    )
    expect(container.querySelector('img')).toHaveAttribute('alt', '')
    rerender(
      <StatusBanner
        guidance={rowGuidance('updated')}
        item={withConnector({ imageUrl: 'data:image/png;base64,iVBORw0KGgo=' })}
        now={NOW}
      />,
    )
    expect(container.querySelector('img')).toHaveAttribute(
      'src',
      'data:image/png;base64,iVBORw0KGgo=',
    )
    for (const imageUrl of HOSTILE_URLS.filter((url) => !url.startsWith('https://'))) {
      rerender(
        <StatusBanner
          guidance={rowGuidance('updated')}
          item={withConnector({ imageUrl })}
          now={NOW}
        />,
      )
      expect(container.querySelector('img')).toBeNull()
    }
  })

  it('sets the connector colour only when it keeps 4.5:1, per theme', () => {
    const { container, rerender } = render(
      <StatusBanner
        guidance={rowGuidance('updated')}
        item={withConnector({ primaryColor: '0b3d91' })}
        now={NOW}
      />,
    )
    const root = banner(container) as HTMLElement
    expect(root.style.getPropertyValue('--farol-connector-accent-light')).toBe('#0b3d91')
    expect(root.style.getPropertyValue('--farol-connector-accent-dark')).toBe('')
    rerender(
      <StatusBanner
        guidance={rowGuidance('updated')}
        item={withConnector({ primaryColor: 'ffe600' })}
        now={NOW}
      />,
    )
    expect(root.style.getPropertyValue('--farol-connector-accent-light')).toBe('')
    expect(root.style.getPropertyValue('--farol-connector-accent-dark')).toBe('#ffe600')
    rerender(
      <StatusBanner
        guidance={rowGuidance('updated')}
        item={withConnector({ primaryColor: 'red;background:url(x)' })}
        now={NOW}
      />,
    )
    expect(root.getAttribute('style') ?? '').not.toContain('url(')
  })

  it('passes className, style, headingLevel and other attributes through', () => {
    const { container } = render(
      <StatusBanner
        guidance={rowGuidance('updated')}
        now={NOW}
        className="mine"
        style={{ marginTop: 4 }}
        headingLevel={3}
        data-testid="banner"
        id="b1"
      />,
    )
    const root = banner(container) as HTMLElement
    expect(root).toHaveClass('farol-StatusBanner', 'mine')
    expect(root.style.marginTop).toBe('4px')
    expect(root).toHaveAttribute('id', 'b1')
    expect(screen.getByRole('heading', { level: 3 })).toBeInTheDocument()
  })
})

describe('StatusBanner: robustness', () => {
  it('renders an unknown reason, notice or step as the neutral message without crashing', () => {
    const guidance = baseGuidance({
      reason: 'brand-new-reason' as GuidanceReason,
      phase: 'syncing',
      step: 'teleporting' as ItemGuidance['step'],
      notices: [{ type: 'mystery' } as unknown as ItemGuidance['notices'][number]],
    })
    const { container } = render(<StatusBanner guidance={guidance} now={NOW} />)
    expect(screen.getByRole('heading')).toHaveTextContent('Não sabemos como está a conexão')
    expect(screen.getByText('Atualizando seus dados…')).toBeInTheDocument()
    expect(leakedInternals(container.textContent ?? '')).toEqual([])
  })

  it('does not crash, nor show key paths, when strings are missing', () => {
    const i18n = createFarolI18n()
    i18n.removeResourceBundle('pt-BR', 'farol')
    const { container } = render(
      <FarolI18nContext.Provider value={i18n}>
        <StatusBanner
          guidance={rowGuidance('site-not-available')}
          item={rowItem('site-not-available')}
          now={NOW}
          onAction={() => {}}
        />
      </FarolI18nContext.Provider>,
    )
    expect(banner(container)).toBeInTheDocument()
    expect(leakedInternals(container.textContent ?? '')).toEqual([])
  })

  it('leaves a host i18next instance as it was', () => {
    const host = i18next.createInstance()
    void host.init({
      lng: 'de',
      initAsync: false,
      resources: { de: { translation: { hi: 'Hallo' } } },
    })
    const before = JSON.stringify(host.store.data)
    render(
      <FarolI18nProvider i18n={host} locale="es">
        <StatusBanner guidance={rowGuidance('updated')} now={NOW} />
      </FarolI18nProvider>,
    )
    expect(screen.getByRole('heading')).toHaveTextContent('Tu conexión está al día')
    expect(host.language).toBe('de')
    expect(JSON.stringify(host.store.data)).toBe(before)
  })

  it.each(HOSTILE_STRINGS.map((text) => [text.slice(0, 30), text]))(
    'renders hostile text as inert text: %s',
    (_, text) => {
      const item: Item = {
        ...rowItem('account-needs-action'),
        connector: { ...pluggyBank, name: text, imageUrl: text, resetPasswordUrl: text },
      }
      const guidance = baseGuidance({
        providerMessage: text,
        actions: [{ type: 'act-at-institution', providerMessage: text, resetPasswordUrl: text }],
      })
      const { container } = render(
        <StatusBanner guidance={guidance} item={item} now={NOW} onAction={() => {}} />,
      )
      expect(findActiveMarkup(container)).toEqual([])
      expect(container.querySelector('[lang="pt-BR"]')!.textContent).toBe(text.trim())
      expect(container.querySelector('.farol-StatusBanner-institutionName')!.textContent).toBe(text)
    },
  )

  it.each(HOSTILE_URLS.map((url) => [url.slice(0, 40), url]))(
    'never turns %s into a link or image',
    (_, url) => {
      const item: Item = {
        ...rowItem('account-locked'),
        connector: { ...pluggyBank, imageUrl: url, resetPasswordUrl: url },
      }
      const guidance = baseGuidance({
        actions: [{ type: 'act-at-institution', resetPasswordUrl: url }],
      })
      const { container } = render(<StatusBanner guidance={guidance} item={item} now={NOW} />)
      expect(findActiveMarkup(container)).toEqual([])
    },
  )
})
