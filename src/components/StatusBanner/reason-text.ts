import type { ItemGuidance } from '../../core/model'
import type { FarolTranslation } from '../../i18n'
import { translateOptional } from '../shared'

export interface ReasonText {
  headline: string
  explanation: string
}

/**
 * Headline and explanation for a guidance reason. An unknown reason (newer core,
 * bad input) reads as `unknown`; Open Finance items get their own wording where
 * Pluggy gives the error a different meaning (INVALID_CREDENTIALS = bad CPF/CNPJ).
 */
export function reasonText(
  translation: Pick<FarolTranslation, 't' | 'i18n'>,
  reason: ItemGuidance['reason'] | string,
  options: { openFinance?: boolean } = {},
): ReasonText {
  const lookup = (key: string) => translateOptional(translation, `status.reason.${key}`)
  const known = lookup(`${reason}.headline`) ? reason : 'unknown'
  const explanation =
    (options.openFinance && lookup(`${known}.explanationOpenFinance`)) ||
    lookup(`${known}.explanation`)
  return { headline: lookup(`${known}.headline`) ?? '', explanation: explanation ?? '' }
}
