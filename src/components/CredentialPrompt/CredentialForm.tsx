import { useCallback } from 'react'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { CREDENTIAL_PROMPT_STRINGS } from './strings'
import { ExpiryCountdown, type Countdown } from '../shared-countdown'
import { CredentialField } from './CredentialField'
import { ErrorSummary } from './ErrorSummary'
import { OauthLink } from './OauthLink'
import { takesValue, type CredentialPromptMode, type FieldPlan } from './field-plan'
import type { CredentialValues } from './types'
import { useCredentialForm, type FieldMessage } from './use-credential-form'
import { validateValues } from './validate-values'

interface CredentialFormProps {
  id: string
  headingId: string
  plans: FieldPlan[]
  mode: CredentialPromptMode
  onSubmit: (values: CredentialValues) => void | Promise<unknown>
  submitting: boolean
  fieldErrors: Record<string, string[]> | undefined
  countdown: Countdown
  connectorName?: string
  onReconnect?: () => void
  onCancel?: () => void
}

export function CredentialForm({
  id,
  headingId,
  plans,
  mode,
  onSubmit,
  submitting,
  fieldErrors,
  countdown,
  connectorName,
  onReconnect,
  onCancel,
}: CredentialFormProps) {
  const { t } = useFarolStrings(CREDENTIAL_PROMPT_STRINGS)
  const expired = countdown.expired
  const validate = useCallback(
    (values: CredentialValues) => validateValues(plans, values, t),
    [plans, t],
  )
  const form = useCredentialForm({
    plans,
    onSubmit,
    locked: submitting || expired,
    serverErrors: fieldErrors,
    validate,
  })
  const busy = submitting || form.pending
  const shownNames = new Set(plans.map((plan) => plan.field.name))
  const formMessages = Object.entries(form.serverErrors)
    .filter(([name]) => name === '' || !shownNames.has(name))
    .flatMap(([, list]) => list)
  const serverRejected = Object.keys(form.serverErrors).length > 0
  const submittable = plans.some((plan) => takesValue(plan) || plan.kind === 'image')
  const onlyScan = submittable && !plans.some(takesValue)

  const messagesFor = (name: string): FieldMessage[] => [
    ...(form.clientErrors[name] ?? []),
    ...(form.serverErrors[name] ?? []).map((text) => ({ text })),
  ]

  const submitLabel = busy
    ? t('credentials.submit.submitting')
    : onlyScan
      ? t('credentials.submit.scanned')
      : t(mode === 'mfa' ? 'credentials.submit.mfa' : 'credentials.submit.credentials')

  return (
    <form
      className="farol-CredentialPrompt-form"
      noValidate
      aria-labelledby={headingId}
      aria-busy={busy || undefined}
      data-submitting={busy ? 'true' : undefined}
      onSubmit={form.handleSubmit}
    >
      <ErrorSummary
        summaryRef={form.summaryRef}
        invalidCount={Object.keys(form.clientErrors).length}
        serverRejected={serverRejected}
        formMessages={formMessages}
      />
      {plans.map((plan, index) => {
        const fieldId = `${id}-f${index}`
        if (plan.kind === 'oauth') {
          return <OauthLink key={index} plan={plan} id={fieldId} connectorName={connectorName} />
        }
        // An optional field we cannot show is left out; a required one blocks the form earlier.
        if (plan.kind === 'unsupported') return null
        return (
          <CredentialField
            key={index}
            plan={plan}
            id={fieldId}
            value={form.values[plan.field.name] ?? ''}
            // While sending or after expiry the values stay as they are (read-only,
            // not disabled, so focus is not thrown out of the form).
            onChange={busy || expired ? ignoreChange : form.setValue}
            readOnly={busy || expired}
            messages={messagesFor(plan.field.name)}
            registerControl={form.registerControl}
          />
        )
      })}
      <ExpiryCountdown
        countdown={countdown}
        className="farol-CredentialPrompt-expiry"
        remainingText={(time) => t('credentials.expiry.remaining', { time })}
        thresholdKeys={{
          minutes: 'credentials.expiry.lessThanMinutes',
          seconds: 'credentials.expiry.lessThanSeconds',
        }}
        expiredText={t('credentials.expiry.expired')}
      />
      <div className="farol-CredentialPrompt-actions">
        {submittable ? (
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

function ignoreChange() {}
