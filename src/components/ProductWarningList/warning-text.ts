import type { GuidanceWarning } from '../../core/model'
import type { FarolTranslation } from '../../i18n'
import { translateOptional } from '../shared'

export interface WarningText {
  /** The message in the user's language, or Pluggy's own (English) message as data. */
  message: string
  translated: boolean
  /** What to do, translated by catalog id; else the catalog's English hint. */
  action?: { text: string; translated: boolean }
}

type Translation = Pick<FarolTranslation, 't' | 'i18n'>

export function warningText(translation: Translation, warning: GuidanceWarning): WarningText {
  const catalog = warning.catalogId ? `warnings.catalog.${warning.catalogId}` : undefined
  const translatedMessage =
    (catalog && translateOptional(translation, `${catalog}.message`)) ||
    (typeof warning.code === 'string' &&
      translateOptional(translation, `warnings.code.${warning.code}`))
  const translatedAction = catalog ? translateOptional(translation, `${catalog}.action`) : undefined
  const hint = typeof warning.hint === 'string' && warning.hint.trim() ? warning.hint : undefined
  return {
    message: translatedMessage || (typeof warning.message === 'string' ? warning.message : ''),
    translated: Boolean(translatedMessage),
    ...(translatedAction
      ? { action: { text: translatedAction, translated: true } }
      : hint && { action: { text: hint, translated: false } }),
  }
}
