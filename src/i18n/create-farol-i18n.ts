import type { i18n as I18n } from 'i18next'
import { createFarolInstance } from './create-farol-instance'
import { cacheDefaultStrings, noteAreasInUse } from './areas/registry'
import ptBR from './locales/pt-BR'
import type { FarolResourceOverrides } from './types'

export interface CreateFarolI18nOptions {
  /** BCP 47 tag, e.g. `pt-BR`, `en`, `es-419`. Default: the host instance's language, else pt-BR. */
  locale?: string
  /** Per-locale overrides of any farol string. They win over farol's own strings. */
  resources?: FarolResourceOverrides
  /** The host's i18next instance: only read, never changed. */
  i18n?: I18n
}

/**
 * farol's own i18next instance, initialised synchronously with all of its pt-BR
 * strings (components use a leaner one, with only the strings they show). Strings in
 * en and es come from `loadFarolLocale`.
 */
export function createFarolI18n(options: CreateFarolI18nOptions = {}): I18n {
  const instance = createFarolInstance(options)
  cacheDefaultStrings(ptBR)
  noteAreasInUse(instance, ptBR)
  return instance
}
