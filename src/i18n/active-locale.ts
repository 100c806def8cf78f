import type { i18n as I18n } from 'i18next'
import { DEFAULT_LOCALE, FAROL_NAMESPACE, FAROL_STRINGS_NAMESPACE } from './constants'

/**
 * The locale used for dates and numbers: the requested one when farol has strings
 * in that language ('en-GB' keeps British dates), else the one the strings come from,
 * so a French host does not get Portuguese text with French dates.
 */
export function activeLocale(i18n: I18n): string {
  const requested = i18n.language || DEFAULT_LOCALE
  // Read from the store, not i18next's resolvedLanguage: strings arrive as components
  // mount and downloads finish, after i18next computed it.
  const resolved =
    i18n.languages?.find((lng) => hasStrings(i18n, lng)) ?? i18n.resolvedLanguage ?? DEFAULT_LOCALE
  const language = (tag: string) => tag.toLowerCase().split(/[-_]/)[0]
  const chosen = language(requested) === language(resolved) ? requested : resolved
  try {
    // Throws for a malformed tag (the host's i18next accepts any string).
    return Intl.getCanonicalLocales(chosen)[0] ?? DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}

function hasStrings(i18n: I18n, lng: string): boolean {
  return [FAROL_NAMESPACE, FAROL_STRINGS_NAMESPACE].some((ns) => {
    const bundle: unknown = i18n.getResourceBundle(lng, ns)
    return typeof bundle === 'object' && bundle !== null && Object.keys(bundle).length > 0
  })
}
