import { render, type RenderOptions } from '@testing-library/react'
import axe from 'axe-core'
import type { ReactElement, ReactNode } from 'react'
import { createFarolI18n } from '../../../src/i18n'
import { ensureFarolLocale } from '../../../src/i18n/locale-cache'
import { FarolI18nProvider } from '../../../src/i18n/react'
import en from '../../../src/i18n/locales/en'
import es from '../../../src/i18n/locales/es'
import ptBR from '../../../src/i18n/locales/pt-BR'

export const LOCALES = { 'pt-BR': ptBR, en, es } as const
export type TestLocale = keyof typeof LOCALES

/** Downloads en and es once, so providers render them synchronously. */
export async function preloadLocales(): Promise<void> {
  const i18n = createFarolI18n()
  await ensureFarolLocale(i18n, 'en')
  await ensureFarolLocale(i18n, 'es')
}

/** Renders inside a FarolI18nProvider (kept across `rerender`). */
export function renderIn(locale: TestLocale, ui: ReactElement, options?: RenderOptions) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <FarolI18nProvider locale={locale}>{children}</FarolI18nProvider>
  )
  return render(ui, { ...options, wrapper })
}

/** Text a user would see or hear that must never appear: enum names, key paths. */
export function leakedInternals(text: string): string[] {
  const found: string[] = []
  const enumName = text.match(/\b[A-Z]{3,}_[A-Z_]+\b/)
  if (enumName) found.push(enumName[0])
  const keyPath = text.match(/\b(credentials|device|common|status)\.[a-z][\w.]*/)
  if (keyPath) found.push(keyPath[0])
  if (/\{\{|\}\}/.test(text)) found.push('uninterpolated {{…}}')
  return found
}

/**
 * axe on a rendered container. colour-contrast is off: jsdom does no layout or
 * CSS cascade, so it cannot compute colours (the Storybook run checks contrast).
 */
export async function axeViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false } },
  })
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`,
  )
}
