import { act, render, renderHook, screen } from '@testing-library/react'
import i18next from 'i18next'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import {
  FarolI18nProvider,
  useFarolTranslation,
  type FarolKey,
  type FarolResourceOverrides,
} from '../../../src/i18n'

function Headline() {
  const { t, locale } = useFarolTranslation()
  return <p data-locale={locale}>{t('status.reason.updated.headline')}</p>
}

const NOW = new Date('2026-07-20T10:00:00.000Z')

describe('FarolI18nProvider and useFarolTranslation', () => {
  // Runs first: nothing is downloaded yet in this file.
  it('shows pt-BR while another locale downloads, then switches', async () => {
    render(
      <FarolI18nProvider locale="es">
        <Headline />
      </FarolI18nProvider>,
    )
    expect(screen.getByText('Conexão em dia')).toHaveAttribute('data-locale', 'pt-BR')
    expect(await screen.findByText('Tu conexión está al día')).toHaveAttribute('data-locale', 'es')
  })

  it('works with no provider, in pt-BR', () => {
    const { result } = renderHook(() => useFarolTranslation())
    expect(result.current.locale).toBe('pt-BR')
    expect(result.current.t('common.cancel')).toBe('Cancelar')
  })

  it('returns an empty string for a missing key, never the key path', () => {
    const { result } = renderHook(() => useFarolTranslation())
    expect(result.current.t('status.reason.nope.headline' as FarolKey)).toBe('')
  })

  it('formats times, dates and relative times in the active locale', async () => {
    const wrapper = (locale: string) =>
      function Wrapper({ children }: { children: ReactNode }) {
        return <FarolI18nProvider locale={locale}>{children}</FarolI18nProvider>
      }
    const fiveMinutesAgo = new Date(NOW.getTime() - 5 * 60_000)
    const expected = {
      'pt-BR': 'há 5 minutos',
      en: '5 minutes ago',
      es: 'hace 5 minutos',
    } as const
    for (const [locale, relative] of Object.entries(expected)) {
      const { result } = renderHook(() => useFarolTranslation(), { wrapper: wrapper(locale) })
      await vi_waitFor(() => expect(result.current.locale).toBe(locale))
      expect(result.current.formatRelative(fiveMinutesAgo, NOW)).toBe(relative)
      expect(result.current.formatTime(NOW)).toBe(
        new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(NOW),
      )
      expect(result.current.formatRelative('not a date', NOW)).toBe('')
    }
  })

  it('keeps a regional tag for dates when farol has its language (en-GB)', async () => {
    const { result } = renderHook(() => useFarolTranslation(), {
      wrapper: ({ children }) => <FarolI18nProvider locale="en-GB">{children}</FarolI18nProvider>,
    })
    await vi_waitFor(() => expect(result.current.locale).toBe('en-GB'))
    expect(result.current.t('common.cancel')).toBe('Cancel')
    expect(result.current.formatDate(NOW)).toBe('20/07/2026')
  })

  it('uses pt-BR formatting for a language farol has no strings for', async () => {
    const { result } = renderHook(() => useFarolTranslation(), {
      wrapper: ({ children }) => <FarolI18nProvider locale="fr">{children}</FarolI18nProvider>,
    })
    expect(result.current.locale).toBe('pt-BR')
    expect(result.current.t('common.cancel')).toBe('Cancelar')
  })

  it('applies host overrides of any key', () => {
    const resources: FarolResourceOverrides = {
      'pt-BR': { status: { reason: { updated: { headline: 'Tudo certo!' } } } },
    }
    render(
      <FarolI18nProvider resources={resources}>
        <Headline />
      </FarolI18nProvider>,
    )
    expect(screen.getByText('Tudo certo!')).toBeInTheDocument()
  })

  it("follows the host instance's language without changing it or its resources", async () => {
    const host = i18next.createInstance()
    await host.init({
      lng: 'pt-BR',
      initAsync: false,
      resources: { 'pt-BR': { translation: { a: 'A' } }, en: { translation: { a: 'A' } } },
    })
    const before = JSON.stringify(host.store.data)
    render(
      <FarolI18nProvider i18n={host}>
        <Headline />
      </FarolI18nProvider>,
    )
    expect(screen.getByText('Conexão em dia')).toBeInTheDocument()
    await act(() => host.changeLanguage('en'))
    expect(await screen.findByText('Your connection is up to date')).toBeInTheDocument()
    expect(host.language).toBe('en')
    expect(JSON.stringify(host.store.data)).toBe(before)
    expect(host.hasResourceBundle('en', 'farol')).toBe(false)
  })

  it('an explicit locale wins over the host language', async () => {
    const host = i18next.createInstance()
    await host.init({ lng: 'en', initAsync: false, resources: {} })
    render(
      <FarolI18nProvider i18n={host} locale="pt-BR">
        <Headline />
      </FarolI18nProvider>,
    )
    expect(screen.getByText('Conexão em dia')).toBeInTheDocument()
    expect(host.language).toBe('en')
  })
})

async function vi_waitFor(assertion: () => void) {
  const { waitFor } = await import('@testing-library/react')
  await waitFor(assertion)
}
