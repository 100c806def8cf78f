import type { FarolResources } from './types'
import ptBR from './locales/pt-BR'
import { farolLocaleFor } from './resolve-locale'

/**
 * farol's strings for `locale`. pt-BR is bundled; en and es are separate chunks
 * loaded on demand, so a host only downloads the languages it uses.
 * Unsupported locales resolve to pt-BR.
 */
export async function loadFarolLocale(locale: string): Promise<FarolResources> {
  switch (farolLocaleFor(locale)) {
    case 'en':
      return (await import('./locales/en')).default
    case 'es':
      return (await import('./locales/es')).default
    default:
      return ptBR
  }
}
