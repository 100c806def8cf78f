import type { i18n as I18n } from 'i18next'
import { DEFAULT_LOCALE, FAROL_NAMESPACE } from './constants'
import type { FarolKey, FarolTranslate } from './types'

const MISSING = '\u0000'
// Bounds the memo (countdowns ask for a new text every second).
const MEMO_SIZE = 2_000

/**
 * A `t` bound to farol's namespace and typed by farol's own keys (no global
 * i18next type augmentation, which would clash with the host's). A missing key
 * returns '' rather than the key path, so users never see "status.reason.x".
 *
 * Language first, then namespace: the active language (overrides, then farol's
 * strings), and only then pt-BR (overrides, then farol's strings). i18next alone would
 * try every language of the overrides before farol's strings, so a pt-BR override
 * would beat farol's English text.
 *
 * Texts are remembered: a translation is rebuilt whenever the language or the strings
 * change (see translation-store), so 500 banners look each text up once, not 500 times.
 */
export function createTranslate(i18n: I18n): FarolTranslate {
  const t = i18n.getFixedT(null, FAROL_NAMESPACE)
  const languages = (i18n.languages ?? [i18n.language]).filter((lng) => lng !== DEFAULT_LOCALE)
  const memo = new Map<string, string>()
  return (key: FarolKey, values?: Record<string, unknown>) => {
    // Values are strings, numbers and dates: their JSON tells them apart (anything
    // that has none is looked up every time).
    let id: string = key
    try {
      if (values) id += JSON.stringify(values)
    } catch {
      id = ''
    }
    const known = memo.get(id)
    if (known !== undefined) return known
    let result: unknown = MISSING
    if (languages.length > 0) result = t(key, { ...values, lngs: languages, defaultValue: MISSING })
    if (result === MISSING) {
      result = t(key, { ...values, lngs: [DEFAULT_LOCALE], defaultValue: '' })
    }
    const text = typeof result === 'string' ? result : ''
    // '' is not remembered: the area may not be in the page's strings yet.
    if (text && id) {
      if (memo.size >= MEMO_SIZE) memo.clear()
      memo.set(id, text)
    }
    return text
  }
}
