import ptBR from '../locales/pt-BR'
import { useFarolStrings, type FarolTranslation } from './use-farol-strings'

export type { FarolTranslation }

/**
 * Translation and locale-aware formatting with all of farol's strings, for hosts that
 * build their own UI around farol's. Works with no provider.
 */
export function useFarolTranslation(): FarolTranslation {
  return useFarolStrings(ptBR)
}
