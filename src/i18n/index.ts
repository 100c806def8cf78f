export { createFarolI18n, type CreateFarolI18nOptions } from './create-farol-i18n'
export { loadFarolLocale } from './load-locale'
export { farolLocaleFor } from './resolve-locale'
export {
  DEFAULT_LOCALE as FAROL_DEFAULT_LOCALE,
  FAROL_LOCALES,
  FAROL_NAMESPACE,
  type FarolLocale,
} from './constants'
export { createFormatters, type FarolFormatters } from './format'
export type {
  DeepPartial,
  FarolKey,
  FarolResourceOverrides,
  FarolResources,
  FarolTranslate,
} from './types'
export * from './react'
