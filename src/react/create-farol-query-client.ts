import { QueryClient } from '@tanstack/react-query'

/** farol's own QueryClient, for hosts without one. farol's queries set their own options. */
export function createFarolQueryClient(): QueryClient {
  return new QueryClient()
}
