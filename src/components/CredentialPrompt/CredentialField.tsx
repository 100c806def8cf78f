import type { ChangeEvent } from 'react'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { CREDENTIAL_PROMPT_STRINGS } from './strings'
import { FieldMessages } from './FieldMessages'
import { InstitutionImage } from './InstitutionImage'
import { PasswordInput } from './PasswordInput'
import type { FieldPlan } from './field-plan'
import type { FieldMessage } from './use-credential-form'

export type ValueFieldPlan = Extract<
  FieldPlan,
  { kind: 'text' | 'password' | 'number' | 'select' | 'image' }
>

interface CredentialFieldProps {
  plan: ValueFieldPlan
  id: string
  value: string
  onChange: (name: string, value: string) => void
  messages: FieldMessage[]
  readOnly: boolean
  registerControl: (name: string, element: HTMLElement | null) => void
}

// Field metadata (labels, help, options) is the connector's own Portuguese text.
const CONNECTOR_LANG = 'pt-BR'

/** One labelled field: its help, its control and its errors, wired with aria-describedby. */
export function CredentialField({
  plan,
  id,
  value,
  onChange,
  messages,
  readOnly,
  registerControl,
}: CredentialFieldProps) {
  const { t } = useFarolStrings(CREDENTIAL_PROMPT_STRINGS)
  const { field } = plan
  const inputId = `${id}-input`
  const errorId = `${id}-error`
  const help = [
    { key: 'instructions', text: field.instructions },
    { key: 'assistive', text: field.assistiveText },
  ].filter((entry): entry is { key: string; text: string } => Boolean(entry.text))
  const helpIds = help.map((entry) => `${id}-${entry.key}`)
  const invalid = messages.length > 0
  const describedBy = [...helpIds, ...(invalid ? [errorId] : [])].join(' ') || undefined
  const hasControl = plan.kind !== 'image' || plan.typed
  const labelText = field.label || field.placeholder || field.name

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
    'aria-describedby': describedBy,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      onChange(field.name, event.target.value),
  }
  const ref = (element: HTMLElement | null) => registerControl(field.name, element)

  let control = null
  if (plan.kind === 'password') {
    control = (
      <PasswordInput
        {...common}
        readOnly={readOnly}
        inputRef={ref}
        autoComplete={plan.autoComplete}
        placeholder={field.placeholder}
        revealLabel={t('credentials.revealPassword')}
      />
    )
  } else if (plan.kind === 'select') {
    control = (
      <select {...common} ref={ref} className="farol-CredentialPrompt-select">
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
    const numeric = plan.kind === 'number'
    control = (
      <input
        {...common}
        readOnly={readOnly}
        ref={ref}
        // type=text keeps leading zeros (agência 0001); inputMode brings the keypad.
        type="text"
        inputMode={numeric ? 'numeric' : undefined}
        pattern={numeric ? '[0-9]*' : undefined}
        className="farol-CredentialPrompt-input"
        autoComplete={plan.autoComplete}
        placeholder={field.placeholder}
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
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
          id={helpIds[index]}
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
      <FieldMessages id={errorId} messages={messages} />
    </div>
  )
}
