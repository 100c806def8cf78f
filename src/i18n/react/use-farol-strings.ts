import type { i18n as I18n } from 'i18next'
import { useCallback, useContext, useSyncExternalStore } from 'react'
import { activeLocale } from '../active-locale'
import { registerAreas } from '../areas/registry'
import type { AreaStrings } from '../areas/types'
import { formattersFor, type FarolFormatters } from '../format'
import { createTranslate } from '../translate'
import type { FarolTranslate } from '../types'
import { FarolI18nContext } from './context'
import { getDefaultFarolI18n } from './default-instance'
import { instanceVersion, subscribeToInstance } from './instance-version'

export interface FarolTranslation extends FarolFormatters {
  /** Translates a farol key; a missing key gives '' (never the key path). */
  t: FarolTranslate
  /** The locale dates and numbers are formatted in, e.g. `pt-BR`. */
  locale: string
  /** The farol i18next instance (for `exists` checks and advanced use). */
  i18n: I18n
  /** Changes whenever the language or the strings change (useful as a memo key). */
  version: number
}

/**
 * Translation and formatting for a component that shows the given areas of farol's
 * strings (their pt-BR text, e.g. `{ common, status }`). Under a FarolI18nProvider in
 * another language, those areas are downloaded on first use; pt-BR shows meanwhile.
 */
export function useFarolStrings(strings: AreaStrings): FarolTranslation {
  const i18n = useContext(FarolI18nContext) ?? getDefaultFarolI18n()
  registerAreas(i18n, strings)
  const subscribe = useCallback(
    (listener: () => void) => subscribeToInstance(i18n, listener),
    [i18n],
  )
  const version = useSyncExternalStore(
    subscribe,
    () => instanceVersion(i18n),
    () => instanceVersion(i18n),
  )
  return translationFor(i18n, version)
}

// One translation per instance and version, shared by every component: a list of 500
// connections computes the locale and binds `t` once, not once per component.
const translations = new WeakMap<I18n, FarolTranslation>()

function translationFor(i18n: I18n, version: number): FarolTranslation {
  const cached = translations.get(i18n)
  if (cached?.version === version) return cached
  const locale = activeLocale(i18n)
  const translation = { ...formattersFor(locale), t: createTranslate(i18n), locale, i18n, version }
  translations.set(i18n, translation)
  return translation
}
