import { useId, useMemo } from 'react'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { CREDENTIAL_PROMPT_STRINGS } from './strings'
import { useCountdown } from '../shared-countdown'
import { CredentialForm } from './CredentialForm'
import { UnsupportedStep } from './UnsupportedStep'
import { planForm } from './field-plan'
import type { CredentialPromptProps } from './types'

/**
 * The login form built from a connector's `credentials`, or the MFA prompt built
 * from `item.parameter`. Field metadata is shown as text only; typed values stay
 * in this component's state and reach nothing but `onSubmit`.
 */
export function CredentialPrompt(props: CredentialPromptProps) {
  const {
    fields,
    mode: modeProp,
    expiresAt,
    now,
    onReconnect,
    connectorName,
    className,
    style,
    headingLevel = 2,
  } = props
  // The one translation hook of the form: its parts get `t` from here.
  const { t } = useFarolStrings(CREDENTIAL_PROMPT_STRINGS)
  const id = useId()
  const mode = modeProp === 'mfa' ? 'mfa' : 'credentials'
  const plan = useMemo(() => planForm(fields, mode), [fields, mode])
  const countdown = useCountdown(expiresAt ?? plan.expiresAt, now)
  const Heading = `h${headingLevel}` as const
  const headingId = `${id}-heading`

  return (
    <div
      className={className ? `farol-CredentialPrompt ${className}` : 'farol-CredentialPrompt'}
      style={style}
      data-mode={mode}
      data-state={plan.blocked ? 'unsupported' : countdown.expired ? 'expired' : 'ready'}
    >
      <Heading id={headingId} className="farol-CredentialPrompt-heading">
        {t(`credentials.heading.${mode}`)}
      </Heading>
      <p className="farol-CredentialPrompt-intro">
        {connectorName
          ? t(`credentials.intro.${mode}`, { connectorName })
          : t(`credentials.intro.${mode}Generic`)}
      </p>
      {plan.blocked ? (
        <UnsupportedStep t={t} onReconnect={onReconnect} />
      ) : (
        <CredentialForm
          {...props}
          t={t}
          id={id}
          headingId={headingId}
          plan={plan}
          mode={mode}
          countdown={countdown}
        />
      )}
    </div>
  )
}
