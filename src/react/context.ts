import { createContext, useContext } from 'react'
import type { QueryClient } from '@tanstack/react-query'
import type { PluggyClient } from '../client'
import type { FarolEvents } from './events'

export type FarolTheme = 'light' | 'dark' | 'auto'

export interface FarolContextValue {
  client: PluggyClient
  /** The host's QueryClient when there is one, else farol's own. */
  queryClient: QueryClient
  events: FarolEvents | undefined
  theme: FarolTheme
}

export const FarolContext = createContext<FarolContextValue | null>(null)

/** farol's provider values. Throws outside a `FarolProvider`. */
export function useFarol(): FarolContextValue {
  const value = useContext(FarolContext)
  if (!value) throw new Error('farol: wrap this component in <FarolProvider client={…}>')
  return value
}
