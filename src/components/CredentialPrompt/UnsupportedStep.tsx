import type { FarolTranslate } from '../../i18n'

interface UnsupportedStepProps {
  t: FarolTranslate
  onReconnect?: () => void
}

/** A field this form cannot show (hcaptcha, ethaddress, unknown): continue elsewhere. */
export function UnsupportedStep({ t, onReconnect }: UnsupportedStepProps) {
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
