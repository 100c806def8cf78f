import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { DeviceAuthorizationNotice } from '../../../src/components/DeviceAuthorizationNotice'
import { findActiveMarkup, HOSTILE_TEXTS } from '../../fixtures/hostile'
import {
  axeViolations,
  leakedInternals,
  LOCALES,
  preloadLocales,
  renderIn,
  type TestLocale,
} from './prompt-test-utils'

const pt = LOCALES['pt-BR'].device
type Props = Parameters<typeof DeviceAuthorizationNotice>[0]

beforeAll(preloadLocales)
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

function renderNotice(
  props: Props = { deviceNickname: 'Pluggy-7F3A' },
  locale: TestLocale = 'pt-BR',
) {
  return renderIn(locale, <DeviceAuthorizationNotice {...props} />)
}

describe('DeviceAuthorizationNotice', () => {
  it('shows the device nickname prominently, selectable and untranslated', () => {
    renderNotice({ deviceNickname: 'Pluggy-7F3A', connectorName: 'Nubank' })
    const nickname = screen.getByText('Pluggy-7F3A')
    expect(nickname.tagName).toBe('CODE')
    expect(nickname).toHaveAttribute('translate', 'no')
    expect(screen.getByRole('region', { name: pt.authorization.heading })).toBeInTheDocument()
    expect(
      screen.getByText('Por segurança, Nubank pede que você autorize este novo acesso.'),
    ).toBeInTheDocument()
  })

  it('lists numbered steps with the connector name', () => {
    renderNotice({ deviceNickname: 'Pluggy-7F3A', connectorName: 'Nubank' })
    const list = screen.getByRole('list', { name: pt.authorization.stepsHeading })
    expect(list.tagName).toBe('OL')
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Abra o app Nubank ou o internet banking.',
      pt.authorization.steps.find,
      pt.authorization.steps.authorize,
      pt.authorization.steps.back,
    ])
  })

  it('copies the nickname with the Clipboard API and announces it politely', async () => {
    const user = userEvent.setup()
    renderNotice()
    await user.click(screen.getByRole('button', { name: pt.authorization.copy }))
    expect(await navigator.clipboard.readText()).toBe('Pluggy-7F3A')
    const status = await screen.findByText(pt.authorization.copied)
    expect(status).toHaveAttribute('role', 'status')
  })

  it('falls back to selecting and execCommand when the Clipboard API is denied', async () => {
    const user = userEvent.setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied'))
    const execCommand = vi.fn(() => true)
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true })
    renderNotice()
    await user.click(screen.getByRole('button', { name: pt.authorization.copy }))
    expect(await screen.findByText(pt.authorization.copied)).toBeInTheDocument()
    expect(execCommand).toHaveBeenCalledWith('copy')
    expect(window.getSelection()?.toString()).toBe('Pluggy-7F3A')
  })

  it('says so, without crashing, when no way to copy works', async () => {
    const user = userEvent.setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied'))
    Object.defineProperty(document, 'execCommand', {
      value: () => {
        throw new Error('unsupported')
      },
      configurable: true,
    })
    renderNotice()
    await user.click(screen.getByRole('button', { name: pt.authorization.copy }))
    expect(await screen.findByText(pt.authorization.copyFailed)).toHaveAttribute('role', 'status')
    // The name is left selected so the user can copy it by hand.
    expect(window.getSelection()?.toString()).toBe('Pluggy-7F3A')
  })

  it('still helps when the nickname is missing', () => {
    renderNotice({})
    expect(screen.getByText(pt.authorization.nicknameMissing)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: pt.authorization.copy })).toBeNull()
    expect(screen.getByText(pt.authorization.steps.authorizePending)).toBeInTheDocument()
    expect(screen.getByText(pt.authorization.steps.openGeneric)).toBeInTheDocument()
  })

  it('counts down to expiresAt, keeps checking, then offers to try again', async () => {
    vi.useFakeTimers({ now: new Date('2026-07-20T10:08:00.000Z') })
    const onRetry = vi.fn()
    const { container } = renderNotice({
      deviceNickname: 'Pluggy-7F3A',
      expiresAt: '2026-07-20T10:10:00.000Z',
      onRetry,
    })
    expect(screen.getByText('Você tem 2:00 para autorizar.')).toBeInTheDocument()
    expect(screen.getByText(pt.checking)).toBeInTheDocument()
    act(() => vi.advanceTimersByTime(1000))
    expect(screen.getByText('Você tem 1:59 para autorizar.')).toBeInTheDocument()
    act(() => screen.getByRole('button', { name: pt.authorization.retry }).click())
    expect(onRetry).toHaveBeenCalledTimes(1)
    act(() => vi.advanceTimersByTime(119_000))
    expect(screen.getByText(pt.authorization.expired, { selector: 'p' })).toBeInTheDocument()
    expect(screen.queryByText(pt.checking)).toBeNull()
    expect(container.firstElementChild).toHaveAttribute('data-state', 'expired')
    act(() => screen.getByRole('button', { name: 'Tentar novamente' }).click())
    expect(onRetry).toHaveBeenCalledTimes(2)
  })

  it('announces the countdown only at thresholds', () => {
    vi.useFakeTimers({ now: new Date('2026-07-20T10:08:30.000Z') })
    renderNotice({ deviceNickname: 'x', expiresAt: '2026-07-20T10:10:00.000Z' })
    const live = screen
      .getAllByRole('status')
      .find((el) => !el.closest('.farol-DeviceAuthorizationNotice-nickname'))!
    const heard = new Set<string>()
    for (let i = 0; i < 95; i++) {
      act(() => vi.advanceTimersByTime(1000))
      heard.add(live.textContent ?? '')
    }
    expect([...heard]).toEqual([
      'Faltam menos de 2 minutos.',
      'Falta menos de 1 minuto.',
      'Faltam menos de 30 segundos.',
      pt.authorization.expired,
    ])
  })

  it.each(['pt-BR', 'en', 'es'] as const)(
    'speaks %s with no raw keys or enum names',
    async (locale) => {
      const user = userEvent.setup()
      const strings = LOCALES[locale].device
      const common = LOCALES[locale].common
      vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'))
      const { container } = renderNotice(
        {
          deviceNickname: 'Pluggy-7F3A',
          connectorName: 'Caixa',
          expiresAt: '2000-01-01T00:00:00.000Z',
          onRetry: () => {},
        },
        locale,
      )
      expect(screen.getByRole('heading')).toHaveTextContent(strings.authorization.heading)
      expect(
        screen.getByText(strings.authorization.steps.open.replace('{{connectorName}}', 'Caixa')),
      ).toBeInTheDocument()
      expect(screen.getByText(strings.authorization.expired, { selector: 'p' })).toBeInTheDocument()
      expect(screen.getByRole('button', { name: common.retry })).toBeInTheDocument()
      await user.click(screen.getByRole('button', { name: strings.authorization.copy }))
      expect(await screen.findByText(strings.authorization.copyFailed)).toBeInTheDocument()
      expect(leakedInternals(container.textContent ?? '')).toEqual([])
    },
  )

  it.each(['pt-BR', 'en', 'es'] as const)('%s: waiting state texts', (locale) => {
    const strings = LOCALES[locale].device
    vi.useFakeTimers({ now: new Date('2026-07-20T10:00:00.000Z') })
    const { container } = renderNotice(
      { expiresAt: '2026-07-20T10:10:00.000Z', onRetry: () => {} },
      locale,
    )
    expect(screen.getByText(strings.checking)).toBeInTheDocument()
    expect(
      screen.getByText(strings.authorization.remaining.replace('{{time}}', '10:00')),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: strings.authorization.retry })).toBeInTheDocument()
    expect(leakedInternals(container.textContent ?? '')).toEqual([])
  })

  it.each(Object.entries(HOSTILE_TEXTS))(
    'renders a hostile %s nickname as inert text',
    async (_, hostile) => {
      const alert = vi.spyOn(window, 'alert').mockImplementation(() => {})
      const user = userEvent.setup()
      const { container } = renderNotice({ deviceNickname: hostile, connectorName: hostile })
      expect(findActiveMarkup(container)).toEqual([])
      expect(container.querySelector('code')?.textContent).toBe(hostile.trim())
      await user.click(screen.getByRole('button', { name: pt.authorization.copy }))
      expect(await navigator.clipboard.readText()).toBe(hostile.trim())
      expect(alert).not.toHaveBeenCalled()
    },
  )

  it.each<[string, Props]>([
    ['waiting', { deviceNickname: 'Pluggy-7F3A', expiresAt: '2999-01-01', onRetry: () => {} }],
    ['no nickname', {}],
    ['expired', { deviceNickname: 'Pluggy-7F3A', expiresAt: '2000-01-01', onRetry: () => {} }],
  ])('%s has no axe violations', async (_, props) => {
    const { container } = renderNotice(props)
    expect(await axeViolations(container)).toEqual([])
  })

  it('has no axe violations after copying', async () => {
    const user = userEvent.setup()
    const { container } = renderNotice()
    await user.click(screen.getByRole('button', { name: pt.authorization.copy }))
    await screen.findByText(pt.authorization.copied)
    expect(await axeViolations(container)).toEqual([])
  })
})
