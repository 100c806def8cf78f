// Strings travel with the components that show them: a host that shows only a
// StatusBanner in English downloads its strings and no others. Runs in a fresh module
// graph, so nothing is downloaded when the file starts.
import { act, render, screen } from '@testing-library/react'
import type { i18n as I18n } from 'i18next'
import { useContext } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CredentialPrompt } from '../../../src/components/CredentialPrompt'
import { StatusBanner } from '../../../src/components/StatusBanner'
import { FarolI18nContext, FarolI18nProvider } from '../../../src/i18n'
import { AREA_LOADERS } from '../../../src/i18n/areas/area-loaders'
import { FAROL_STRINGS_NAMESPACE } from '../../../src/i18n/constants'
import { LOCALE_RETRY_DELAYS_MS } from '../../../src/i18n/react/FarolI18nProvider'
import { rowGuidance } from './status-test-utils'

const guidance = rowGuidance('updated')
const fields = [{ name: 'user', label: 'Usuário', type: 'text' as const }]

function CaptureInstance({ onInstance }: { onInstance: (i18n: I18n | null) => void }) {
  onInstance(useContext(FarolI18nContext))
  return null
}

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('strings by area', () => {
  it('a StatusBanner in English downloads only the status and common strings', async () => {
    const downloads = Object.keys(AREA_LOADERS.en).map((area) =>
      vi.spyOn(AREA_LOADERS.en, area as keyof typeof AREA_LOADERS.en),
    )
    let instance: I18n | null = null
    render(
      <FarolI18nProvider locale="en">
        <CaptureInstance onInstance={(i18n) => (instance = i18n)} />
        <StatusBanner guidance={guidance} />
      </FarolI18nProvider>,
    )
    expect(screen.getByRole('heading', { name: 'Conexão em dia' })).toBeInTheDocument()
    expect(
      await screen.findByRole('heading', { name: 'Your connection is up to date' }),
    ).toBeInTheDocument()
    const called = downloads.filter((spy) => spy.mock.calls.length > 0)
    expect(called.map((spy) => spy.getMockName())).toEqual(['common', 'status'])
    expect(
      Object.keys(instance!.getResourceBundle('en', FAROL_STRINGS_NAMESPACE) as object).sort(),
    ).toEqual(['common', 'status'])
  })

  it('a component that appears later in English gets its strings too', async () => {
    const { rerender } = render(
      <FarolI18nProvider locale="en">
        <StatusBanner guidance={guidance} />
      </FarolI18nProvider>,
    )
    // The page already has the status strings: English from the first render.
    expect(screen.getByRole('heading', { name: 'Your connection is up to date' })).toBeVisible()
    rerender(
      <FarolI18nProvider locale="en">
        <StatusBanner guidance={guidance} />
        <CredentialPrompt fields={fields} onSubmit={() => {}} />
      </FarolI18nProvider>,
    )
    expect(
      await screen.findByRole('heading', { name: 'Sign in to your account again' }),
    ).toBeVisible()
  })

  it('a failed download leaves the text in Portuguese, never blank', async () => {
    vi.spyOn(AREA_LOADERS.es, 'status').mockRejectedValue(new TypeError('Failed to fetch'))
    render(
      <FarolI18nProvider locale="es">
        <StatusBanner guidance={guidance} />
      </FarolI18nProvider>,
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(screen.getByRole('heading', { name: 'Conexão em dia' })).toBeVisible()
  })

  it('tries a failed download again after a pause, then switches language', async () => {
    vi.useFakeTimers()
    const download = AREA_LOADERS.es.status
    vi.spyOn(AREA_LOADERS.es, 'status')
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockImplementation(download)
    render(
      <FarolI18nProvider locale="es">
        <StatusBanner guidance={guidance} />
      </FarolI18nProvider>,
    )
    await act(() => vi.advanceTimersByTimeAsync(LOCALE_RETRY_DELAYS_MS[0]! - 100))
    expect(screen.getByRole('heading', { name: 'Conexão em dia' })).toBeVisible()
    await act(() => vi.advanceTimersByTimeAsync(200))
    expect(screen.getByRole('heading', { name: 'Tu conexión está al día' })).toBeVisible()
  })
})
