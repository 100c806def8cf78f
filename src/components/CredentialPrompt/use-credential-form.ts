import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react'
import type { FarolTranslate } from '../../i18n'
import type { FieldPlan } from './field-plan'
import { checkSubmission, type ClientErrors, type FieldMessage } from './submission'
import type { CredentialValues } from './types'

type FieldErrors = Record<string, string[]>

interface Options {
  plans: FieldPlan[]
  onSubmit: (values: CredentialValues) => void | Promise<unknown>
  /** The host says it is sending, or the deadline passed. */
  locked: boolean
  serverErrors: FieldErrors | undefined
  t: FarolTranslate
  /** The `<form>`, where focus looks for the first invalid field. */
  formRef: RefObject<HTMLFormElement | null>
}

const NO_ERRORS: ClientErrors = {}

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
 * The form's state. Typed values live only here: they go to `onSubmit` and nowhere
 * else, and are cleared once a submit settles, whether it worked or not.
 */
export function useCredentialForm({ plans, onSubmit, locked, serverErrors, t, formRef }: Options) {
  const [values, setValues] = useState<CredentialValues>({})
  const [clientErrors, setClientErrors] = useState(NO_ERRORS)
  const [pending, setPending] = useState(false)
  // A ref, not state: a second click in the same tick must already see it.
  const pendingRef = useRef(false)
  // Server errors hide, field by field, once the user edits that field.
  const [edited, setEdited] = useState({ source: serverErrors, names: [] as string[] })
  if (edited.source !== serverErrors) setEdited({ source: serverErrors, names: [] })
  const editedNames = edited.source === serverErrors ? edited.names : []

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
  }, [clientErrors, serverErrors, formRef])

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
    if (pendingRef.current || locked) return
    const { toSend, errors } = checkSubmission(plans, values, t)
    if (Object.keys(errors).length > 0) {
      focusAfterRender.current = true
      setClientErrors(errors)
      return
    }
    setClientErrors(NO_ERRORS)
    pendingRef.current = true
    setPending(true)
    // After an unmount these updates are no-ops.
    const settle = () => {
      pendingRef.current = false
      setPending(false)
      setValues({})
    }
    let result: void | Promise<unknown>
    try {
      result = onSubmit(toSend)
    } catch {
      // The host reports failures through `fieldErrors`; nothing of the values is kept.
      settle()
      return
    }
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      ;(result as Promise<unknown>).then(settle, settle)
    } else {
      settle()
    }
  }

  const visibleServerErrors: FieldErrors = {}
  for (const [name, list] of Object.entries(serverErrors ?? {})) {
    if (list.length > 0 && !editedNames.includes(name)) visibleServerErrors[name] = list
  }

  /** A field's messages: client-side ones first. */
  const messagesFor = (name: string): FieldMessage[] => [
    ...(clientErrors[name] ?? []),
    ...(visibleServerErrors[name] ?? []).map((text) => ({ text })),
  ]

  return {
    values,
    setValue,
    clientErrors,
    serverErrors: visibleServerErrors,
    messagesFor,
    pending,
    handleSubmit,
  }
}
