import type { i18n as I18n } from 'i18next'
import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react'
import { DEFAULT_LOCALE } from '../constants'
import { createFarolInstance } from '../create-farol-instance'
import { ensureFarolLocale, supplyDownloadedAreas } from '../locale-cache'
import type { FarolResourceOverrides } from '../types'
import { FarolI18nContext } from './context'

export interface FarolI18nProviderProps {
  /** The host's i18next instance: farol follows its language but never changes it. */
  i18n?: I18n
  /** Overrides the language, e.g. `en`. Default: the host instance's language, else pt-BR. */
  locale?: string
  /** Per-locale overrides of farol strings. Read once, when the provider mounts. */
  resources?: FarolResourceOverrides
  children?: ReactNode
}

const noSubscription = () => () => {}
// A language whose strings fail to download is tried again after these pauses (a flaky
// mobile connection); meanwhile, and after the last one, the components stay in pt-BR.
export const LOCALE_RETRY_DELAYS_MS = [2_000, 10_000, 30_000]

function useHostLanguage(host: I18n | undefined): string | undefined {
  return useSyncExternalStore(
    host
      ? (listener) => {
          host.on('languageChanged', listener)
          return () => host.off('languageChanged', listener)
        }
      : noSubscription,
    () => host?.resolvedLanguage ?? host?.language,
    () => host?.resolvedLanguage ?? host?.language,
  )
}

/**
 * Gives farol components their own i18next instance (namespace `farol`). pt-BR is
 * bundled; for another locale the strings of the components on screen are downloaded
 * on first use (pt-BR shows meanwhile) unless this page already has them.
 */
export function FarolI18nProvider({
  i18n: host,
  locale,
  resources,
  children,
}: FarolI18nProviderProps) {
  const hostLanguage = useHostLanguage(host)
  const wanted = locale ?? hostLanguage ?? DEFAULT_LOCALE
  const [instance] = useState(() => {
    const created = createFarolInstance({ locale: wanted, resources, i18n: host })
    supplyDownloadedAreas(created)
    return created
  })

  // Runs after the children rendered, so the areas they show are known.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let current = true
    const load = (attempt: number) => {
      ensureFarolLocale(instance, wanted).then(
        () => {
          // Switch once the strings are in: until then the previous language stays whole.
          if (current) void instance.changeLanguage(wanted)
        },
        () => {
          const delay = LOCALE_RETRY_DELAYS_MS[attempt]
          if (current && delay !== undefined) timer = setTimeout(() => load(attempt + 1), delay)
        },
      )
    }
    load(0)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [instance, wanted])

  return <FarolI18nContext.Provider value={instance}>{children}</FarolI18nContext.Provider>
}
