import type { i18n as I18n } from 'i18next'
import { createFarolInstance } from '../create-farol-instance'

let defaultInstance: I18n | undefined

/** The pt-BR instance components use when no FarolI18nProvider is present. */
export function getDefaultFarolI18n(): I18n {
  defaultInstance ??= createFarolInstance()
  return defaultInstance
}
