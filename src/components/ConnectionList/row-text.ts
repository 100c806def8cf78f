import type { FarolKey, FarolTranslation } from '../../i18n'

// One translation object per language and strings (see translation-store): the texts rows
// share ("Atualizado há 5 minutos", a headline) are looked up once per list, not per row.
const cache = new WeakMap<FarolTranslation, Map<string, string>>()

/** `t(key, values)`, remembered for this translation (values: strings and numbers only). */
export function rowText(
  translation: FarolTranslation,
  key: FarolKey,
  values?: Record<string, string | number>,
): string {
  let texts = cache.get(translation)
  if (!texts) cache.set(translation, (texts = new Map()))
  const id = values ? `${key}\u0000${Object.values(values).join('\u0000')}` : key
  let text = texts.get(id)
  if (text === undefined) {
    text = translation.t(key, values)
    if (texts.size > 500) texts.clear()
    texts.set(id, text)
  }
  return text
}

/** The banner's headline for `reason` (an unknown reason gets the neutral one). */
export function headlineText(translation: FarolTranslation, reason: unknown): string {
  const key = typeof reason === 'string' ? `status.reason.${reason}.headline` : ''
  return (
    (key && rowText(translation, key as FarolKey)) ||
    rowText(translation, 'status.reason.unknown.headline')
  )
}
