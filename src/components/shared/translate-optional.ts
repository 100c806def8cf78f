import type { FarolKey, FarolTranslation } from '../../i18n'
import { FAROL_NAMESPACE } from '../../i18n'

/**
 * Translates a key built from data (a warning code, a catalog id, a reason) only
 * when farol has it; undefined otherwise, so the caller can fall back.
 */
export function translateOptional(
  { t, i18n }: Pick<FarolTranslation, 't' | 'i18n'>,
  key: string,
  values?: Record<string, unknown>,
): string | undefined {
  if (!i18n.exists(key, { ns: FAROL_NAMESPACE })) return undefined
  return t(key as FarolKey, values) || undefined
}
