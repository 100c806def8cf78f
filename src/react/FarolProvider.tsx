import { QueryClient, QueryClientContext } from '@tanstack/react-query'
import type { i18n as I18n } from 'i18next'
import { useContext, useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import type { PluggyClient } from '../client'
import { FarolI18nProvider } from '../i18n'
import type { FarolResourceOverrides } from '../i18n'
import { FarolContext } from './context'
import type { FarolContextValue, FarolTheme } from './context'
import type { FarolEvents } from './events'

export interface FarolProviderProps {
  client: PluggyClient
  /** farol's language, e.g. `en`. Default: the host i18next instance's, else pt-BR. */
  locale?: string
  /** The host's i18next instance: farol follows its language and never changes it. */
  i18n?: I18n
  resources?: FarolResourceOverrides
  theme?: FarolTheme
  /** Default: the host's `QueryClientProvider`, else farol's own client. */
  queryClient?: QueryClient
  /** A push source (e.g. `createEventSourceEvents`): events refetch at once, polling relaxes. */
  events?: FarolEvents
  children?: ReactNode
}

/**
 * farol's data and language context. Shares the host's React Query cache
 * when there is one (hosts can prefetch and invalidate `farolKeys`), without
 * ever replacing the host's `QueryClientProvider` for the rest of its tree.
 */
export function FarolProvider({
  client,
  locale,
  i18n,
  resources,
  theme = 'auto',
  queryClient,
  events,
  children,
}: FarolProviderProps) {
  const hostClient = useContext(QueryClientContext)
  // Created once per provider (cheap, inert until mounted); used only without a host client.
  // farol's queries set their own options, so it needs no defaults.
  const [ownClient] = useState(() => new QueryClient())
  const active = queryClient ?? hostClient ?? ownClient

  // A client farol created (or was handed) is not mounted by any QueryClientProvider.
  useEffect(() => {
    if (active === hostClient) return
    active.mount()
    return () => active.unmount()
  }, [active, hostClient])

  const value = useMemo<FarolContextValue>(
    () => ({ client, queryClient: active, events, theme }),
    [client, active, events, theme],
  )
  return (
    <FarolContext.Provider value={value}>
      <FarolI18nProvider i18n={i18n} locale={locale} resources={resources}>
        {children}
      </FarolI18nProvider>
    </FarolContext.Provider>
  )
}
