import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { CREDENTIAL_PROMPT_STRINGS } from './strings'

/** A field this form cannot show (hcaptcha, ethaddress, unknown): continue elsewhere. */
export function UnsupportedStep({ onReconnect }: { onReconnect?: () => void }) {
  const { t } = useFarolStrings(CREDENTIAL_PROMPT_STRINGS)
  return (
    <div className="farol-CredentialPrompt-unsupported">
      <p>{t('credentials.unsupported.message')}</p>
      {onReconnect ? (
        <button
          type="button"
          className="farol-Button farol-CredentialPrompt-reconnect"
          data-variant="primary"
          onClick={onReconnect}
        >
          {t('credentials.unsupported.action')}
        </button>
      ) : null}
    </div>
  )
}
