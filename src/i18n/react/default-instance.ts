import type { i18n as I18n } from 'i18next'
import { createFarolI18n } from '../create-farol-i18n'

let defaultInstance: I18n | undefined

/** The pt-BR instance components use when no FarolI18nProvider is present. */
export function getDefaultFarolI18n(): I18n {
  defaultInstance ??= createFarolI18n()
  return defaultInstance
}
