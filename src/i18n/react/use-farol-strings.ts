import { useCallback, useContext, useEffect, useSyncExternalStore } from 'react'
import { cacheDefaultStrings, noteAreasInUse } from '../areas/registry'
import type { AreaStrings } from '../areas/types'
import { FarolI18nContext } from './context'
import { getDefaultFarolI18n } from './default-instance'
import {
  currentTranslation,
  serverTranslation,
  subscribeToTranslation,
  type FarolTranslation,
} from './translation-store'

export type { FarolTranslation }

/**
 * Translation and formatting for a component that shows the given areas of farol's
 * strings (their pt-BR text, e.g. `{ common, status }`). Under a FarolI18nProvider in
 * another language, those areas are downloaded on first use; pt-BR shows meanwhile.
 * Server rendering and hydration print dates the same way anywhere (see serverTranslation).
 *
 * Rendering only reads: the pt-BR text goes into a page-wide cache of constants that
 * every farol instance shares (React Aria's string dictionaries work the same way);
 * the i18next instance is never called, and downloads start from an effect.
 */
export function useFarolStrings(strings: AreaStrings): FarolTranslation {
  const i18n = useContext(FarolI18nContext) ?? getDefaultFarolI18n()
  cacheDefaultStrings(strings)
  useEffect(() => noteAreasInUse(i18n, strings), [i18n, strings])
  const subscribe = useCallback(
    (listener: () => void) => subscribeToTranslation(i18n, listener),
    [i18n],
  )
  return useSyncExternalStore(
    subscribe,
    () => currentTranslation(i18n),
    () => serverTranslation(i18n),
  )
}
