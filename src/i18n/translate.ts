import type { i18n as I18n } from 'i18next'
import { FAROL_NAMESPACE } from './constants'
import type { FarolKey, FarolTranslate } from './types'

/**
 * A `t` bound to farol's namespace and typed by farol's own keys (no global
 * i18next type augmentation, which would clash with the host's). A missing key
 * returns '' rather than the key path, so users never see "status.reason.x".
 */
export function createTranslate(i18n: I18n): FarolTranslate {
  const t = i18n.getFixedT(null, FAROL_NAMESPACE)
  // Strings without values are the same until the instance changes, which makes a new
  // translate (see useFarolStrings); a list of 500 rows asks i18next once per label.
  const plain = new Map<string, string>()
  return (key: FarolKey, values?: Record<string, unknown>) => {
    const cached = values ? undefined : plain.get(key)
    if (cached !== undefined) return cached
    const result: unknown = t(key, { ...values, defaultValue: '' })
    const text = typeof result === 'string' ? result : ''
    if (!values && text && plain.size < 500) plain.set(key, text)
    return text
  }
}

/** Whether farol has a string for `key` (in the active language or pt-BR). */
export function hasKey(i18n: I18n, key: string): boolean {
  return i18n.exists(key, { ns: FAROL_NAMESPACE })
}
