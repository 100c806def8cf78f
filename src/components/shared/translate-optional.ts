import type { FarolKey, FarolTranslation } from '../../i18n'

/**
 * Translates a key built from data (a warning code, a catalog id, a reason) only
 * when farol has it; undefined otherwise, so the caller can fall back. (farol's `t`
 * gives '' for a missing key.)
 */
export function translateOptional(
  { t }: Pick<FarolTranslation, 't'>,
  key: string,
  values?: Record<string, unknown>,
): string | undefined {
  return t(key as FarolKey, values) || undefined
}
