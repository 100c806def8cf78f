import { forwardRef } from 'react'
import { blockClass, Heading } from '../shared'
import { connectorText } from '../shared-countdown'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { CREDENTIAL_PROMPT_STRINGS } from './strings'
import { CredentialForm } from './CredentialForm'
import { UnsupportedStep } from './UnsupportedStep'
import type { CredentialPromptProps } from './types'
import { useCredentialForm } from './use-credential-form'

/**
 * The login form built from a connector's `credentials`, or the MFA prompt built
 * from `item.parameter`: a render of `useCredentialForm`. Field metadata is shown
 * as text only; typed values stay in the hook's state and reach nothing but `onSubmit`.
 */
export const CredentialPrompt = forwardRef<HTMLDivElement, CredentialPromptProps>(
  function CredentialPrompt(props, ref) {
    const {
      fields: _fields,
      mode: _mode,
      onSubmit: _onSubmit,
      submitting: _submitting,
      fieldErrors: _fieldErrors,
      expiresAt: _expiresAt,
      now: _now,
      onReconnect,
      onCancel,
      connectorName,
      className,
      headingLevel = 2,
      ...rest
    } = props
    const { t } = useFarolStrings(CREDENTIAL_PROMPT_STRINGS)
    const form = useCredentialForm(props)
    const { mode } = form

    return (
      <div
        {...rest}
        ref={ref}
        className={blockClass('farol-CredentialPrompt', className)}
        data-mode={mode}
        data-state={form.blocked ? 'unsupported' : form.expired ? 'expired' : 'ready'}
      >
        <Heading
          level={headingLevel}
          {...form.headingProps}
          className="farol-CredentialPrompt-heading"
        >
          {t(`credentials.heading.${mode}`)}
        </Heading>
        <p className="farol-CredentialPrompt-intro">
          {connectorText(t, `credentials.intro.${mode}`, connectorName)}
        </p>
        {form.blocked ? (
          <UnsupportedStep t={t} onReconnect={onReconnect} />
        ) : (
          <CredentialForm
            t={t}
            form={form}
            connectorName={connectorName}
            onReconnect={onReconnect}
            onCancel={onCancel}
          />
        )}
      </div>
    )
  },
)
