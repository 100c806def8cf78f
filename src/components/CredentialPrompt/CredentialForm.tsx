import { useRef } from 'react'
import type { FarolTranslate } from '../../i18n'
import { ExpiryCountdown, type Countdown, type ExpiryCountdownProps } from '../shared-countdown'
import { CredentialField } from './CredentialField'
import { ErrorSummary } from './ErrorSummary'
import { OauthLink } from './OauthLink'
import type { CredentialPromptMode, FormPlan } from './field-plan'
import type { CredentialPromptProps } from './types'
import { useCredentialForm } from './use-credential-form'

type CredentialFormProps = Pick<
  CredentialPromptProps,
  'onSubmit' | 'submitting' | 'fieldErrors' | 'connectorName' | 'onReconnect' | 'onCancel'
> & {
  t: FarolTranslate
  id: string
  headingId: string
  plan: FormPlan
  mode: CredentialPromptMode
  countdown: Countdown
}

const THRESHOLD_KEYS: ExpiryCountdownProps['thresholdKeys'] = {
  minutes: 'credentials.expiry.lessThanMinutes',
  seconds: 'credentials.expiry.lessThanSeconds',
}

export function CredentialForm({
  t,
  id,
  headingId,
  plan,
  mode,
  countdown,
  onSubmit,
  submitting = false,
  fieldErrors,
  connectorName,
  onReconnect,
  onCancel,
}: CredentialFormProps) {
  const { fields } = plan
  const expired = countdown.expired
  const formRef = useRef<HTMLFormElement>(null)
  const form = useCredentialForm({
    plans: fields,
    onSubmit,
    locked: submitting || expired,
    serverErrors: fieldErrors,
    t,
    formRef,
  })
  const busy = submitting || form.pending
  // While sending or after expiry the values stay as they are (read-only, not
  // disabled, so focus is not thrown out of the form).
  const frozen = busy || expired
  const formMessages = Object.entries(form.serverErrors)
    .filter(([name]) => name === '' || !fields.some((fieldPlan) => fieldPlan.field.name === name))
    .flatMap(([, list]) => list)

  const submitLabel = busy
    ? t('credentials.submit.submitting')
    : plan.onlyScan
      ? t('credentials.submit.scanned')
      : t(`credentials.submit.${mode}`)

  return (
    <form
      ref={formRef}
      className="farol-CredentialPrompt-form"
      noValidate
      aria-labelledby={headingId}
      aria-busy={busy || undefined}
      data-submitting={busy ? 'true' : undefined}
      onSubmit={form.handleSubmit}
    >
      <ErrorSummary
        t={t}
        invalidCount={Object.keys(form.clientErrors).length}
        serverRejected={Object.keys(form.serverErrors).length > 0}
        formMessages={formMessages}
      />
      {fields.map((fieldPlan, index) => {
        const fieldId = `${id}-f${index}`
        if (fieldPlan.kind === 'oauth') {
          return (
            <OauthLink
              key={index}
              t={t}
              plan={fieldPlan}
              id={fieldId}
              connectorName={connectorName}
            />
          )
        }
        // An optional field we cannot show is left out; a required one blocks the form earlier.
        if (fieldPlan.kind === 'unsupported') return null
        const { name } = fieldPlan.field
        return (
          <CredentialField
            key={index}
            t={t}
            plan={fieldPlan}
            id={fieldId}
            value={form.values[name] ?? ''}
            onChange={frozen ? ignoreChange : form.setValue}
            readOnly={frozen}
            messages={form.messagesFor(name)}
          />
        )
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
        {plan.submittable ? (
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
