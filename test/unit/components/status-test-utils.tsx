// Shared by the StatusBanner, ProductWarningList and ItemConnectionStatus tests.
import { render, type RenderOptions } from '@testing-library/react'
import axe from 'axe-core'
import type { ReactElement, ReactNode } from 'react'
import { describeItem, parseItem, type GuidanceReason, type Item } from '../../../src/core'
import { createFarolI18n } from '../../../src/i18n'
import { ensureFarolLocale } from '../../../src/i18n/locale-cache'
import en from '../../../src/i18n/locales/en'
import es from '../../../src/i18n/locales/es'
import ptBR from '../../../src/i18n/locales/pt-BR'
import { FarolI18nProvider } from '../../../src/i18n/react'
import { NOW, REASON_ITEMS } from '../../fixtures/reason-items'

export { NOW }
export const LOCALES = { 'pt-BR': ptBR, en, es } as const
export type TestLocale = keyof typeof LOCALES
export const LOCALE_NAMES = Object.keys(LOCALES) as TestLocale[]

/** One raw item per decision-table row, i.e. per guidance reason. */
export const DECISION_TABLE: Record<GuidanceReason, Record<string, unknown>> = REASON_ITEMS

export const REASONS = Object.keys(DECISION_TABLE) as GuidanceReason[]

export function rowItem(reason: GuidanceReason): Item {
  return parseItem(DECISION_TABLE[reason])
}

export function rowGuidance(reason: GuidanceReason) {
  return describeItem(rowItem(reason), { now: NOW })
}

/** The raw values of an item (status, execution status, error code) that must not show. */
export function rawValues(raw: Record<string, unknown>): string[] {
  const error = raw.error as { code?: string } | null | undefined
  return [raw.status, raw.executionStatus, error?.code].filter(
    (value): value is string => typeof value === 'string' && value.length > 0,
  )
}

/** Text a user would see that must never appear: enum names, key paths, placeholders. */
export function leakedInternals(text: string): string[] {
  const found: string[] = []
  const enumName = /[A-Z]{3,}_[A-Z_]+/.exec(text)
  if (enumName) found.push(enumName[0])
  const keyPath = /\b(status|warnings|common)\.[a-z][\w.-]*/.exec(text)
  if (keyPath) found.push(keyPath[0])
  if (/\{\{|\}\}/.test(text)) found.push('uninterpolated {{…}}')
  return found
}

/** Downloads en and es once, so providers render them synchronously. */
export async function preloadLocales(): Promise<void> {
  const i18n = createFarolI18n()
  await ensureFarolLocale(i18n, 'en')
  await ensureFarolLocale(i18n, 'es')
}

export function renderIn(locale: TestLocale, ui: ReactElement, options?: RenderOptions) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <FarolI18nProvider locale={locale}>{children}</FarolI18nProvider>
  )
  return render(ui, { ...options, wrapper })
}

/**
 * axe on a rendered container. colour-contrast is off only here: jsdom has no
 * layout or cascade to compute colours from. The Storybook run (Chromium, real
 * CSS) and theme.test.tsx check contrast.
 */
export async function axeViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`,
  )
}
