import type { FarolTranslate } from '../../i18n'
import { InstitutionImage } from './InstitutionImage'
import { PasswordInput } from './PasswordInput'
import type { CredentialFormField } from './use-credential-form'

// Field metadata (labels, help, options) is the connector's own Portuguese text.
const CONNECTOR_LANG = 'pt-BR'

/** One labelled field, rendered from `useCredentialForm`'s parts. */
export function CredentialField({
  t,
  field: part,
}: {
  t: FarolTranslate
  field: CredentialFormField
}) {
  const { field, label: labelText, help, invalid, hasControl, messages } = part
  const { inputProps } = part

  const label = (
    <>
      <span lang={CONNECTOR_LANG}>{labelText}</span>
      {field.optional ? (
        <span className="farol-CredentialPrompt-optional"> ({t('credentials.optional')})</span>
      ) : null}
    </>
  )

  let control = null
  if (part.kind === 'select') {
    control = (
      <select {...inputProps} className="farol-CredentialPrompt-select">
        <option value="" disabled>
          {t('credentials.selectPlaceholder')}
        </option>
        {part.options.map((option, index) => (
          <option key={index} value={option.value} lang={CONNECTOR_LANG}>
            {option.label || option.value}
          </option>
        ))}
      </select>
    )
  } else if (part.kind === 'password') {
    control = (
      <PasswordInput
        input={{ ...inputProps, className: 'farol-CredentialPrompt-input' }}
        revealLabel={t('credentials.revealPassword')}
      />
    )
  } else if (hasControl) {
    control = <input {...inputProps} className="farol-CredentialPrompt-input" />
  }

  return (
    <div
      className="farol-CredentialPrompt-field"
      data-kind={part.kind}
      data-invalid={invalid ? 'true' : undefined}
    >
      {hasControl ? (
        <label {...part.labelProps} className="farol-CredentialPrompt-label">
          {label}
        </label>
      ) : (
        <p id={part.labelProps.id} className="farol-CredentialPrompt-label">
          {label}
        </p>
      )}
      {help.length > 0 ? (
        <div {...part.descriptionProps}>
          {help.map((entry) => (
            <p key={entry.key} className="farol-CredentialPrompt-help" lang={CONNECTOR_LANG}>
              {entry.text}
            </p>
          ))}
        </div>
      ) : null}
      {part.kind === 'image' ? (
        <InstitutionImage
          id={`${part.id}-image`}
          className="farol-CredentialPrompt-image"
          unavailableClassName="farol-CredentialPrompt-imageUnavailable"
          src={part.src}
          alt={
            labelText || field.instructions
              ? t('credentials.image.alt', { description: labelText || field.instructions })
              : t('credentials.image.altGeneric')
          }
          unavailableText={t('credentials.image.unavailable')}
        />
      ) : null}
      {control}
      {invalid ? (
        <div {...part.errorProps} className="farol-CredentialPrompt-error">
          {messages.map((message, index) => (
            <p key={index} lang={message.lang}>
              {message.text}
            </p>
          ))}
        </div>
      ) : null}
    </div>
  )
}
