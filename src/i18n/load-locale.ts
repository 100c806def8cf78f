import type { FarolResources } from './types'
import ptBR from './locales/pt-BR'
import { downloadArea } from './locale-cache'
import { farolLocaleFor } from './resolve-locale'
import type { FarolArea } from './areas/types'

const AREAS = Object.keys(ptBR) as FarolArea[]

/**
 * All of farol's strings for `locale`. pt-BR is bundled; en and es are separate chunks
 * (one per area) loaded on demand, so a host only downloads the languages it uses.
 * Unsupported locales resolve to pt-BR.
 */
export async function loadFarolLocale(locale: string): Promise<FarolResources> {
  const farolLocale = farolLocaleFor(locale)
  if (farolLocale === 'pt-BR') return ptBR
  const trees = await Promise.all(AREAS.map((area) => downloadArea(farolLocale, area)))
  return Object.fromEntries(AREAS.map((area, index) => [area, trees[index]])) as FarolResources
}
