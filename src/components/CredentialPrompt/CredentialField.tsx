import type { ChangeEvent, InputHTMLAttributes } from 'react'
import type { FarolTranslate } from '../../i18n'
import { InstitutionImage } from './InstitutionImage'
import { PasswordInput } from './PasswordInput'
import { takesValue, type FieldPlan } from './field-plan'
import type { FieldMessage } from './submission'

export type ValueFieldPlan = Extract<
  FieldPlan,
  { kind: 'text' | 'password' | 'number' | 'select' | 'image' }
>

interface CredentialFieldProps {
  t: FarolTranslate
  plan: ValueFieldPlan
  id: string
  value: string
  onChange: (name: string, value: string) => void
  messages: FieldMessage[]
  readOnly: boolean
}

// Field metadata (labels, help, options) is the connector's own Portuguese text.
const CONNECTOR_LANG = 'pt-BR'

/** One labelled field: its help, its control and its errors, wired with aria-describedby. */
export function CredentialField({
  t,
  plan,
  id,
  value,
  onChange,
  messages,
  readOnly,
}: CredentialFieldProps) {
  const { field, label: labelText, help } = plan
  const inputId = `${id}-input`
  const errorId = `${id}-error`
  const invalid = messages.length > 0
  const describedIds = help.map((entry) => `${id}-${entry.key}`)
  if (invalid) describedIds.push(errorId)
  const hasControl = takesValue(plan)

  const label = (
    <>
      <span lang={CONNECTOR_LANG}>{labelText}</span>
      {field.optional ? (
        <span className="farol-CredentialPrompt-optional"> ({t('credentials.optional')})</span>
      ) : null}
    </>
  )

  const common = {
    id: inputId,
    name: field.name,
    value,
    required: !field.optional,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedIds.join(' ') || undefined,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      onChange(field.name, event.target.value),
  }

  let control = null
  if (plan.kind === 'select') {
    control = (
      <select {...common} className="farol-CredentialPrompt-select">
        <option value="" disabled>
          {t('credentials.selectPlaceholder')}
        </option>
        {plan.options.map((option, index) => (
          <option key={index} value={option.value} lang={CONNECTOR_LANG}>
            {option.label || option.value}
          </option>
        ))}
      </select>
    )
  } else if (hasControl) {
    const input: InputHTMLAttributes<HTMLInputElement> = {
      ...common,
      readOnly,
      className: 'farol-CredentialPrompt-input',
      autoComplete: plan.autoComplete,
      placeholder: field.placeholder,
      autoCapitalize: 'off',
      autoCorrect: 'off',
      spellCheck: false,
    }
    const numeric = plan.kind === 'number'
    control =
      plan.kind === 'password' ? (
        <PasswordInput input={input} revealLabel={t('credentials.revealPassword')} />
      ) : (
        // type=text keeps leading zeros (agência 0001); inputMode brings the keypad.
        <input
          {...input}
          type="text"
          inputMode={numeric ? 'numeric' : undefined}
          pattern={numeric ? '[0-9]*' : undefined}
        />
      )
  }

  return (
    <div
      className="farol-CredentialPrompt-field"
      data-kind={plan.kind}
      data-invalid={invalid ? 'true' : undefined}
    >
      {hasControl ? (
        <label htmlFor={inputId} className="farol-CredentialPrompt-label">
          {label}
        </label>
      ) : (
        <p className="farol-CredentialPrompt-label">{label}</p>
      )}
      {help.map((entry, index) => (
        <p
          key={entry.key}
          id={describedIds[index]}
          className="farol-CredentialPrompt-help"
          lang={CONNECTOR_LANG}
        >
          {entry.text}
        </p>
      ))}
      {plan.kind === 'image' ? (
        <InstitutionImage
          id={`${id}-image`}
          className="farol-CredentialPrompt-image"
          unavailableClassName="farol-CredentialPrompt-imageUnavailable"
          src={plan.src}
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
        <div id={errorId} className="farol-CredentialPrompt-error">
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
