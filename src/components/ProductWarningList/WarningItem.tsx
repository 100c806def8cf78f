import type { GuidanceWarning } from '../../core/model'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { PRODUCT_WARNING_STRINGS } from './strings'
import { warningText } from './warning-text'

/** One warning: its message, the bank's own words, and what to do. */
export function WarningItem({ warning }: { warning: GuidanceWarning }) {
  const translation = useFarolStrings(PRODUCT_WARNING_STRINGS)
  const { t } = translation
  const { message, translated, action } = warningText(translation, warning)
  const providerMessage =
    typeof warning.providerMessage === 'string' ? warning.providerMessage.trim() : ''
  return (
    <li className="farol-ProductWarningList-warning" data-code={warning.code || undefined}>
      {message && (
        // Untranslated messages are Pluggy's own text, documented as English.
        <p className="farol-ProductWarningList-warningMessage" lang={translated ? undefined : 'en'}>
          {message}
        </p>
      )}
      {providerMessage && (
        <p className="farol-ProductWarningList-providerMessage">
          {t('common.bankMessage')}:{' '}
          <span lang="pt-BR" dir="auto">
            {providerMessage}
          </span>
        </p>
      )}
      {action && (
        <p className="farol-ProductWarningList-action">
          {t('warnings.whatToDo')}:{' '}
          <span lang={action.translated ? undefined : 'en'}>{action.text}</span>
        </p>
      )}
    </li>
  )
}
