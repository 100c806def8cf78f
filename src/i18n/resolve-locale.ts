import { DEFAULT_LOCALE, type FarolLocale } from './constants'

/** The farol locale whose strings serve `locale` ('en-US' → 'en', 'pt' → 'pt-BR'). */
export function farolLocaleFor(locale: string | undefined): FarolLocale {
  const language = (locale ?? '').toLowerCase().split(/[-_]/)[0]
  if (language === 'en') return 'en'
  if (language === 'es') return 'es'
  return DEFAULT_LOCALE
}
