import { useId, useMemo } from 'react'
import type { ConnectorCredential } from '../../core/model'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { CREDENTIAL_PROMPT_STRINGS } from './strings'
import { toTime, useCountdown } from '../shared-countdown'
import { CredentialForm } from './CredentialForm'
import { UnsupportedStep } from './UnsupportedStep'
import { isBlocked, planField } from './field-plan'
import type { CredentialPromptProps } from './types'

function earliestExpiry(fields: ConnectorCredential[]): number | undefined {
  const times = fields.map((field) => toTime(field.expiresAt)).filter((time) => time !== undefined)
  return times.length > 0 ? Math.min(...times) : undefined
}

/**
 * The login form built from a connector's `credentials`, or the MFA prompt built
 * from `item.parameter`. Field metadata is shown as text only; typed values stay
 * in this component's state and reach nothing but `onSubmit`.
 */
export function CredentialPrompt({
  fields,
  mode: modeProp = 'credentials',
  onSubmit,
  submitting = false,
  fieldErrors,
  expiresAt,
  now,
  onReconnect,
  onCancel,
  connectorName,
  className,
  style,
  headingLevel = 2,
}: CredentialPromptProps) {
  const { t } = useFarolStrings(CREDENTIAL_PROMPT_STRINGS)
  const id = useId()
  const mode = modeProp === 'mfa' ? 'mfa' : 'credentials'
  const safeFields = useMemo(() => (Array.isArray(fields) ? fields : []), [fields])
  const plans = useMemo(() => safeFields.map((field) => planField(field, mode)), [safeFields, mode])
  const countdown = useCountdown(expiresAt ?? earliestExpiry(safeFields), now)
  const blocked = isBlocked(plans)
  const Heading = `h${headingLevel}` as const
  const headingId = `${id}-heading`
  const intro =
    mode === 'mfa'
      ? connectorName
        ? t('credentials.intro.mfa', { connectorName })
        : t('credentials.intro.mfaGeneric')
      : connectorName
        ? t('credentials.intro.credentials', { connectorName })
        : t('credentials.intro.credentialsGeneric')

  return (
    <div
      className={className ? `farol-CredentialPrompt ${className}` : 'farol-CredentialPrompt'}
      style={style}
      data-mode={mode}
      data-state={blocked ? 'unsupported' : countdown.expired ? 'expired' : 'ready'}
    >
      <Heading id={headingId} className="farol-CredentialPrompt-heading">
        {t(mode === 'mfa' ? 'credentials.heading.mfa' : 'credentials.heading.credentials')}
      </Heading>
      <p className="farol-CredentialPrompt-intro">{intro}</p>
      {blocked ? (
        <UnsupportedStep onReconnect={onReconnect} />
      ) : (
        <CredentialForm
          id={id}
          headingId={headingId}
          plans={plans}
          mode={mode}
          onSubmit={onSubmit}
          submitting={submitting}
          fieldErrors={fieldErrors}
          countdown={countdown}
          connectorName={connectorName}
          onReconnect={onReconnect}
          onCancel={onCancel}
        />
      )}
    </div>
  )
}
