import { useCallback, useContext, useSyncExternalStore } from 'react'
import { registerAreas } from '../areas/registry'
import type { AreaStrings } from '../areas/types'
import { FarolI18nContext } from './context'
import { getDefaultFarolI18n } from './default-instance'
import {
  currentTranslation,
  subscribeToTranslation,
  type FarolTranslation,
} from './translation-store'

export type { FarolTranslation }

/**
 * Translation and formatting for a component that shows the given areas of farol's
 * strings (their pt-BR text, e.g. `{ common, status }`). Under a FarolI18nProvider in
 * another language, those areas are downloaded on first use; pt-BR shows meanwhile.
 */
export function useFarolStrings(strings: AreaStrings): FarolTranslation {
  const i18n = useContext(FarolI18nContext) ?? getDefaultFarolI18n()
  registerAreas(i18n, strings)
  const subscribe = useCallback(
    (listener: () => void) => subscribeToTranslation(i18n, listener),
    [i18n],
  )
  const read = () => currentTranslation(i18n)
  return useSyncExternalStore(subscribe, read, read)
}
