import { useContext } from 'react'
import { FarolContext, type FarolContextValue } from '../context'

/**
 * farol's provider values when they are needed (something to poll), else
 * whatever there is: a presentational list works without a `FarolProvider`.
 */
export function useOptionalFarol(needed: boolean): Partial<FarolContextValue> {
  const value = useContext(FarolContext)
  if (!value && needed) throw new Error('farol: wrap this component in <FarolProvider client={…}>')
  return value ?? {}
}
