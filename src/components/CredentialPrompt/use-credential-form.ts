import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type FormEvent,
  type FormHTMLAttributes,
  type HTMLAttributes,
  type InputHTMLAttributes,
  type LabelHTMLAttributes,
  type Ref,
} from 'react'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { useCountdown, type Countdown } from '../shared-countdown'
import { planForm, takesValue, type FieldPlan, type FormPlan } from './field-plan'
import { CREDENTIAL_PROMPT_STRINGS } from './strings'
import { checkSubmission, type ClientErrors, type FieldMessage } from './submission'
import type { CredentialPromptProps } from './types'

type FieldErrors = Record<string, string[]>

export type UseCredentialFormProps = Pick<
  CredentialPromptProps,
  'fields' | 'mode' | 'onSubmit' | 'submitting' | 'fieldErrors' | 'expiresAt' | 'now'
>

/** Spread on a field's parts: the hook owns ids, aria wiring, autocomplete and value. */
export interface CredentialFieldProps {
  labelProps: LabelHTMLAttributes<HTMLLabelElement> & { id: string; htmlFor: string }
  /** For an `<input>` or a `<select>` (see `kind`). */
  inputProps: InputHTMLAttributes<HTMLInputElement & HTMLSelectElement> & {
    id: string
    name: string
    value: string
  }
  /** The connector's help text (`instructions`, `assistiveText`), referenced by the input. */
  descriptionProps: HTMLAttributes<HTMLElement> & { id: string; lang: string }
  /** The field's error messages, referenced by the input while it is invalid. */
  errorProps: HTMLAttributes<HTMLElement> & { id: string }
}

/** One field of the form: what to show and how to wire it. */
export type CredentialFormField = FieldPlan &
  CredentialFieldProps & {
    /** Field id prefix (`${id}-image` for a picture, `${id}-hint` for a link hint). */
    id: string
    /** The field collects a value (an input or a select). */
    hasControl: boolean
    /** Client-side messages first, then the server's; empty when valid. */
    messages: FieldMessage[]
    invalid: boolean
  }

export interface CredentialFormState {
  mode: 'credentials' | 'mfa'
  fields: CredentialFormField[]
  /** A required field cannot be shown here: offer to continue elsewhere. */
  blocked: FormPlan['blocked']
  submittable: FormPlan['submittable']
  onlyScan: FormPlan['onlyScan']
  countdown: Countdown
  expired: boolean
  /** Sending (the host's `submitting`, or a pending `onSubmit` promise). */
  busy: boolean
  /** Fields with client-side errors (for the summary). */
  invalidCount: number
  /** The API rejected the last submit. */
  serverRejected: boolean
  /** API errors for the whole form (`''`) or for fields not shown. */
  formMessages: string[]
  /** Put on the heading that names the form. */
  headingProps: { id: string }
  /** Put on the element that announces (role=alert) the summary; focused when no field can be. */
  summaryProps: { role: 'alert'; tabIndex: -1 }
  getFormProps(): FormHTMLAttributes<HTMLFormElement> & { ref: Ref<HTMLFormElement> }
  /** A field's parts by its `name`; `undefined` for a name the form does not have. */
  getFieldProps(name: string): CredentialFieldProps | undefined
}

const NO_ERRORS: ClientErrors = {}
// Field metadata (labels, help, options) is the connector's own Portuguese text.
const CONNECTOR_LANG = 'pt-BR'

function hasMessages(errors: FieldErrors | undefined): boolean {
  return Object.values(errors ?? {}).some((list) => list.length > 0)
}

/** The first field marked invalid, else the error summary (when no field can take focus). */
function focusFirstInvalid(form: HTMLFormElement | null) {
  const target =
    form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
    form?.querySelector<HTMLElement>('[role="alert"]')
  target?.focus()
}

/**
 * `CredentialPrompt`'s behaviour for any markup: the form planned from the fields,
 * validation, focus on the first invalid field, the deadline. Typed values live only
 * here: they go to `onSubmit` and nowhere else. They are cleared once a submit
 * succeeds and kept (to be fixed) when it throws or rejects; unmounting drops them.
 */
export function useCredentialForm({
  fields,
  mode: modeProp,
  onSubmit,
  submitting = false,
  fieldErrors: serverErrors,
  expiresAt,
  now,
}: UseCredentialFormProps): CredentialFormState {
  const { t } = useFarolStrings(CREDENTIAL_PROMPT_STRINGS)
  const id = useId()
  const mode = modeProp === 'mfa' ? 'mfa' : 'credentials'
  const plan = useMemo(() => planForm(fields, mode), [fields, mode])
  const countdown = useCountdown(expiresAt ?? plan.expiresAt, now)
  const expired = countdown.expired
  const formRef = useRef<HTMLFormElement>(null)
  const [values, setValues] = useState<Record<string, string>>({})
  const [clientErrors, setClientErrors] = useState(NO_ERRORS)
  const [pending, setPending] = useState(false)
  // A ref, not state: a second click in the same tick must already see it.
  const pendingRef = useRef(false)
  // Server errors hide, field by field, once the user edits that field.
  const [edited, setEdited] = useState({ source: serverErrors, names: [] as string[] })
  if (edited.source !== serverErrors) setEdited({ source: serverErrors, names: [] })
  const editedNames = edited.source === serverErrors ? edited.names : []
  const busy = submitting || pending
  // While sending or after expiry the values stay as they are (read-only, not
  // disabled, so focus is not thrown out of the form).
  const frozen = busy || expired

  // Focus moves after the render that marks the fields invalid, so a screen reader
  // reads the field together with its message: after a submit that failed
  // validation, and when new errors come from the server.
  const focusAfterRender = useRef(false)
  const seenServerErrors = useRef(serverErrors)
  useEffect(() => {
    if (seenServerErrors.current !== serverErrors) {
      seenServerErrors.current = serverErrors
      if (hasMessages(serverErrors)) focusAfterRender.current = true
    }
    if (!focusAfterRender.current) return
    focusAfterRender.current = false
    focusFirstInvalid(formRef.current)
  }, [clientErrors, serverErrors])

  const setValue = (name: string, value: string) => {
    setValues((current) => ({ ...current, [name]: value }))
    setClientErrors((current) => {
      if (!(name in current)) return current
      const { [name]: _removed, ...rest } = current
      return rest
    })
    setEdited((current) =>
      current.names.includes(name) ? current : { ...current, names: [...current.names, name] },
    )
  }

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (pendingRef.current || submitting || expired) return
    const { toSend, errors } = checkSubmission(plan.fields, values, t)
    if (Object.keys(errors).length > 0) {
      focusAfterRender.current = true
      setClientErrors(errors)
      return
    }
    setClientErrors(NO_ERRORS)
    pendingRef.current = true
    setPending(true)
    // After an unmount these updates are no-ops. A submit that failed (threw or
    // rejected) keeps what the user typed, so they fix a field instead of retyping all.
    const settle = (sent: boolean) => {
      pendingRef.current = false
      setPending(false)
      if (sent) setValues({})
    }
    let result: void | Promise<unknown>
    try {
      result = onSubmit(toSend)
    } catch {
      settle(false)
      return
    }
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      ;(result as Promise<unknown>).then(
        () => settle(true),
        () => settle(false),
      )
    } else {
      settle(true)
    }
  }

  const visibleServerErrors: FieldErrors = {}
  for (const [name, list] of Object.entries(serverErrors ?? {})) {
    if (list.length > 0 && !editedNames.includes(name)) visibleServerErrors[name] = list
  }

  const formFields = plan.fields.map((fieldPlan, index): CredentialFormField => {
    const fieldId = `${id}-f${index}`
    const { name } = fieldPlan.field
    const messages: FieldMessage[] = [
      ...(clientErrors[name] ?? []),
      ...(visibleServerErrors[name] ?? []).map((text) => ({ text })),
    ]
    const invalid = messages.length > 0
    const hasControl = takesValue(fieldPlan)
    const inputId = `${fieldId}-input`
    const described = [
      fieldPlan.help.length > 0 && `${fieldId}-description`,
      invalid && `${fieldId}-error`,
    ].filter(Boolean)
    const numeric = fieldPlan.kind === 'number'
    return {
      ...fieldPlan,
      id: fieldId,
      hasControl,
      messages,
      invalid,
      labelProps: { id: `${fieldId}-label`, htmlFor: inputId },
      inputProps: {
        id: inputId,
        name,
        value: values[name] ?? '',
        required: !fieldPlan.field.optional,
        readOnly: frozen,
        'aria-invalid': invalid || undefined,
        'aria-describedby': described.join(' ') || undefined,
        onChange: (event: ChangeEvent<HTMLInputElement & HTMLSelectElement>) => {
          if (!frozen) setValue(name, event.target.value)
        },
        ...('autoComplete' in fieldPlan && { autoComplete: fieldPlan.autoComplete }),
        ...(fieldPlan.kind !== 'select' && {
          placeholder: fieldPlan.field.placeholder,
          autoCapitalize: 'off',
          autoCorrect: 'off',
          spellCheck: false,
          // type=text keeps leading zeros (agência 0001); inputMode brings the keypad.
          type: fieldPlan.kind === 'password' ? 'password' : 'text',
          inputMode: numeric ? 'numeric' : undefined,
          pattern: numeric ? '[0-9]*' : undefined,
        }),
      },
      descriptionProps: { id: `${fieldId}-description`, lang: CONNECTOR_LANG },
      errorProps: { id: `${fieldId}-error` },
    }
  })

  const getFieldProps = (name: string): CredentialFieldProps | undefined => {
    const field = formFields.find((candidate) => candidate.field.name === name)
    if (!field) return undefined
    const { labelProps, inputProps, descriptionProps, errorProps } = field
    return { labelProps, inputProps, descriptionProps, errorProps }
  }

  return {
    mode,
    fields: formFields,
    blocked: plan.blocked,
    submittable: plan.submittable,
    onlyScan: plan.onlyScan,
    countdown,
    expired,
    busy,
    invalidCount: Object.keys(clientErrors).length,
    serverRejected: Object.keys(visibleServerErrors).length > 0,
    formMessages: Object.entries(visibleServerErrors)
      .filter(([name]) => name === '' || !plan.fields.some((f) => f.field.name === name))
      .flatMap(([, list]) => list),
    headingProps: { id: `${id}-heading` },
    summaryProps: { role: 'alert', tabIndex: -1 },
    getFormProps: () => ({
      ref: formRef,
      noValidate: true,
      'aria-labelledby': `${id}-heading`,
      'aria-busy': busy || undefined,
      onSubmit: handleSubmit,
    }),
    getFieldProps,
  }
}
