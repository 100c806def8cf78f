import type { i18n as I18n } from 'i18next'
import { DEFAULT_LOCALE, FAROL_NAMESPACE } from './constants'
import type { FarolKey, FarolTranslate } from './types'

const MISSING = '\u0000'

/**
 * A `t` bound to farol's namespace and typed by farol's own keys (no global
 * i18next type augmentation, which would clash with the host's). A missing key
 * returns '' rather than the key path, so users never see "status.reason.x".
 *
 * Language first, then namespace: the active language (overrides, then farol's
 * strings), and only then pt-BR (overrides, then farol's strings). i18next alone would
 * try every language of the overrides before farol's strings, so a pt-BR override
 * would beat farol's English text.
 */
export function createTranslate(i18n: I18n): FarolTranslate {
  const t = i18n.getFixedT(null, FAROL_NAMESPACE)
  const languages = (i18n.languages ?? [i18n.language]).filter((lng) => lng !== DEFAULT_LOCALE)
  return (key: FarolKey, values?: Record<string, unknown>) => {
    let result: unknown = MISSING
    if (languages.length > 0) result = t(key, { ...values, lngs: languages, defaultValue: MISSING })
    if (result === MISSING) {
      result = t(key, { ...values, lngs: [DEFAULT_LOCALE], defaultValue: '' })
    }
    return typeof result === 'string' ? result : ''
  }
}

/** Whether farol has a string for `key` (in the active language or pt-BR). */
export function hasKey(i18n: I18n, key: string): boolean {
  return i18n.exists(key, { ns: FAROL_NAMESPACE })
}
