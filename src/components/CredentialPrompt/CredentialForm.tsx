import type { FarolTranslate } from '../../i18n'
import { ExpiryCountdown, type ExpiryCountdownProps } from '../shared-countdown'
import { CredentialField } from './CredentialField'
import { ErrorSummary } from './ErrorSummary'
import { OauthLink } from './OauthLink'
import type { CredentialPromptProps } from './types'
import type { CredentialFormState } from './use-credential-form'

type CredentialFormProps = Pick<
  CredentialPromptProps,
  'connectorName' | 'onReconnect' | 'onCancel'
> & {
  t: FarolTranslate
  form: CredentialFormState
}

const THRESHOLD_KEYS: ExpiryCountdownProps['thresholdKeys'] = {
  minutes: 'credentials.expiry.lessThanMinutes',
  seconds: 'credentials.expiry.lessThanSeconds',
}

/** The `<form>` of `CredentialPrompt`, rendered from `useCredentialForm`. */
export function CredentialForm({
  t,
  form,
  connectorName,
  onReconnect,
  onCancel,
}: CredentialFormProps) {
  const { busy, expired, countdown } = form
  const submitLabel = busy
    ? t('credentials.submit.submitting')
    : form.onlyScan
      ? t('credentials.submit.scanned')
      : t(`credentials.submit.${form.mode}`)

  return (
    <form
      {...form.getFormProps()}
      className="farol-CredentialPrompt-form"
      data-submitting={busy ? 'true' : undefined}
    >
      <ErrorSummary
        t={t}
        summaryProps={form.summaryProps}
        invalidCount={form.invalidCount}
        serverRejected={form.serverRejected}
        formMessages={form.formMessages}
      />
      {form.fields.map((field, index) => {
        if (field.kind === 'oauth') {
          return (
            <OauthLink key={index} t={t} plan={field} id={field.id} connectorName={connectorName} />
          )
        }
        // An optional field we cannot show is left out; a required one blocks the form earlier.
        if (field.kind === 'unsupported') return null
        return <CredentialField key={index} t={t} field={field} />
      })}
      {countdown.hasDeadline ? (
        <ExpiryCountdown
          countdown={countdown}
          className="farol-CredentialPrompt-expiry"
          remainingText={(time) => t('credentials.expiry.remaining', { time })}
          thresholdKeys={THRESHOLD_KEYS}
          expiredText={t('credentials.expiry.expired')}
        />
      ) : null}
      <div className="farol-CredentialPrompt-actions">
        {form.submittable ? (
          <button
            type="submit"
            className="farol-Button farol-CredentialPrompt-submit"
            data-variant="primary"
            disabled={expired}
            aria-disabled={busy || undefined}
          >
            {submitLabel}
          </button>
        ) : null}
        {expired && onReconnect ? (
          <button
            type="button"
            className="farol-Button farol-CredentialPrompt-restart"
            onClick={onReconnect}
          >
            {t('credentials.restart')}
          </button>
        ) : null}
        {onCancel ? (
          <button
            type="button"
            className="farol-Button farol-CredentialPrompt-cancel"
            onClick={onCancel}
          >
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  )
}
