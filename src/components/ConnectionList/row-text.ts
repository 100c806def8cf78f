import type { FarolKey, FarolTranslation } from '../../i18n'

/** The banner's headline for `reason` (an unknown reason gets the neutral one). */
export function headlineText({ t }: Pick<FarolTranslation, 't'>, reason: unknown): string {
  const key = typeof reason === 'string' ? `status.reason.${reason}.headline` : ''
  return (key && t(key as FarolKey)) || t('status.reason.unknown.headline')
}
