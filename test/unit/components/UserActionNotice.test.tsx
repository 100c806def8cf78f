import { act, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { UserActionNotice } from '../../../src/components/UserActionNotice'
import type { UserAction } from '../../../src/core/model'
import { findActiveMarkup, HOSTILE_TEXTS, HOSTILE_URLS } from '../../fixtures/hostile'
import {
  axeViolations,
  leakedInternals,
  LOCALES,
  preloadLocales,
  renderIn,
  type TestLocale,
} from './prompt-test-utils'

// A huge but valid https URL in the corpus may be shown; everything else must not.
const UNSAFE_URLS = HOSTILE_URLS.filter((url) => !url.startsWith('https://'))

const pt = LOCALES['pt-BR'].device
const QR_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='

/** A user action as Pluggy sends it: authorize access in the bank app. */
const AUTHORIZE: UserAction = {
  type: 'authorize-access',
  instructions: 'Abra o app do banco e autorize o novo acesso.',
  attributes: { deviceNickname: 'Pluggy-7F3A' },
  expiresAt: '2026-07-20T10:10:00.000Z',
}
const QR: UserAction = {
  type: 'qr',
  instructions: 'Escaneie o QR Code com o app do banco.',
  attributes: { qrCode: QR_PNG },
}

type Props = Parameters<typeof UserActionNotice>[0]

beforeAll(preloadLocales)
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

function renderNotice(props: Props, locale: TestLocale = 'pt-BR') {
  return renderIn(locale, <UserActionNotice {...props} />)
}

describe('UserActionNotice', () => {
  it('shows the institution instructions verbatim, as Portuguese text', () => {
    renderNotice({ userAction: AUTHORIZE, connectorName: 'Nubank', deviceNickname: 'Pluggy-7F3A' })
    const text = screen.getByText(AUTHORIZE.instructions)
    expect(text).toHaveAttribute('lang', 'pt-BR')
    expect(screen.getByRole('heading')).toHaveTextContent(pt.userAction.authorize.heading)
    expect(screen.getByText('Abra o app Nubank e aprove o novo acesso.')).toBeInTheDocument()
    expect(screen.getByText('Pluggy-7F3A')).toBeInTheDocument()
  })

  it.each([
    ['a data URL under any key', { anything: QR_PNG }, QR_PNG],
    [
      'an http(s) URL under a QR key',
      { qrCodeUrl: 'https://cdn.example/qr.png' },
      'https://cdn.example/qr.png',
    ],
    ['bare base64 under an image key', { image: QR_PNG.split(',')[1]! }, QR_PNG],
  ])('shows the QR code from %s', (_, attributes, src) => {
    renderNotice({ userAction: { ...QR, attributes }, connectorName: 'Itaú' })
    const image = screen.getByRole('img', { name: 'QR Code para escanear com o app Itaú' })
    expect(image).toHaveAttribute('src', src)
    expect(screen.getByText('Use o app Itaú para escanear o QR Code.')).toBeInTheDocument()
  })

  it('falls back to text when the QR image fails to load', () => {
    renderNotice({ userAction: { ...QR, attributes: { qr: 'https://cdn.example/broken.png' } } })
    fireEvent.error(screen.getByRole('img'))
    expect(screen.queryByRole('img')).toBeNull()
    expect(screen.getByText(pt.userAction.qr.unavailable)).toBeInTheDocument()
  })

  it.each(UNSAFE_URLS)('never uses %j as a QR src', (url) => {
    const { container } = renderNotice({ userAction: { ...QR, attributes: { qrCode: url } } })
    expect(screen.queryByRole('img')).toBeNull()
    expect(screen.getByText(pt.userAction.qr.unavailable)).toBeInTheDocument()
    expect(findActiveMarkup(container)).toEqual([])
  })

  it('shows only the instructions when a QR action carries no image', () => {
    renderNotice({ userAction: { type: 'qr', instructions: 'Use o QR Code no caixa eletrônico.' } })
    expect(screen.queryByRole('img')).toBeNull()
    expect(screen.queryByText(pt.userAction.qr.unavailable)).toBeNull()
    expect(screen.getByText('Use o QR Code no caixa eletrônico.')).toBeInTheDocument()
  })

  it('handles an unknown type with a generic heading', () => {
    const { container } = renderNotice({
      userAction: { type: 'face-id', instructions: 'Faça a selfie.' },
    })
    expect(screen.getByRole('heading')).toHaveTextContent(pt.userAction.other.heading)
    expect(container.firstElementChild).toHaveAttribute('data-type', 'other')
  })

  it('counts down, keeps checking, and stops saying so after expiry', () => {
    vi.useFakeTimers({ now: new Date('2026-07-20T10:09:58.000Z') })
    const { container } = renderNotice({ userAction: AUTHORIZE })
    expect(screen.getByText('Você tem 0:02 para concluir.')).toBeInTheDocument()
    expect(screen.getByText(pt.checking)).toBeInTheDocument()
    act(() => vi.advanceTimersByTime(1000))
    expect(screen.getByText('Você tem 0:01 para concluir.')).toBeInTheDocument()
    act(() => vi.advanceTimersByTime(1000))
    expect(screen.getByText(pt.userAction.expired, { selector: 'p' })).toBeInTheDocument()
    expect(screen.queryByText(pt.checking)).toBeNull()
    expect(container.firstElementChild).toHaveAttribute('data-state', 'expired')
  })

  it('uses an injected now', () => {
    renderNotice({ userAction: AUTHORIZE, now: new Date('2026-07-20T10:05:00.000Z') })
    expect(screen.getByText('Você tem 5:00 para concluir.')).toBeInTheDocument()
  })

  it.each(['pt-BR', 'en', 'es'] as const)('speaks %s with no raw keys or enum names', (locale) => {
    const strings = LOCALES[locale].device
    for (const [userAction, heading] of [
      [QR, strings.userAction.qr.heading],
      [AUTHORIZE, strings.userAction.authorize.heading],
      [{ type: 'other', instructions: 'x' }, strings.userAction.other.heading],
    ] as const) {
      const { container, unmount } = renderNotice(
        { userAction, now: new Date('2026-07-20T10:00:00.000Z') },
        locale,
      )
      expect(screen.getByRole('heading')).toHaveTextContent(heading)
      expect(screen.getByText(strings.userAction.instructionsLabel)).toBeInTheDocument()
      expect(leakedInternals(container.textContent ?? '')).toEqual([])
      unmount()
    }
    renderNotice({ userAction: QR }, locale)
    expect(screen.getByRole('img')).toHaveAccessibleName(strings.userAction.qr.altGeneric)
    expect(screen.getByText(strings.checking)).toBeInTheDocument()
  })

  it.each(Object.entries(HOSTILE_TEXTS))(
    'renders hostile %s instructions as inert text',
    (_, hostile) => {
      const alert = vi.spyOn(window, 'alert').mockImplementation(() => {})
      const { container } = renderNotice({
        userAction: {
          type: 'qr',
          instructions: hostile,
          attributes: { deviceNickname: hostile, qrCode: hostile, image: hostile },
        },
        connectorName: hostile,
        deviceNickname: hostile,
      })
      expect(findActiveMarkup(container)).toEqual([])
      const text = container.querySelector('.farol-UserActionNotice-instructionsText')
      expect(text).toHaveAttribute('lang', 'pt-BR')
      expect(text?.textContent).toBe(hostile.trim())
      expect(alert).not.toHaveBeenCalled()
    },
  )

  it('survives a malformed userAction', () => {
    renderNotice({ userAction: { type: 42, attributes: 'nope' } as unknown as UserAction })
    expect(screen.getByRole('heading')).toHaveTextContent(pt.userAction.other.heading)
  })

  it.each<[string, Props]>([
    ['authorize-access', { userAction: { ...AUTHORIZE, expiresAt: '2999-01-01' } }],
    ['qr', { userAction: QR, connectorName: 'Itaú' }],
    ['qr unavailable', { userAction: { ...QR, attributes: { qr: 'javascript:x' } } }],
    ['expired', { userAction: { ...AUTHORIZE, expiresAt: '2000-01-01' } }],
  ])('%s has no axe violations', async (_, props) => {
    const { container } = renderNotice(props)
    expect(await axeViolations(container)).toEqual([])
  })
})
