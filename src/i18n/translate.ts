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
  return (key: FarolKey, values?: Record<string, unknown>) => {
    const result: unknown = t(key, { ...values, defaultValue: '' })
    return typeof result === 'string' ? result : ''
  }
}

/** Whether farol has a string for `key` (in the active language or pt-BR). */
export function hasKey(i18n: I18n, key: string): boolean {
  return i18n.exists(key, { ns: FAROL_NAMESPACE })
}
