import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react'
import type { CredentialValues } from './types'
import { takesValue, type FieldPlan } from './field-plan'

export type FieldErrors = Record<string, string[]>

/** A message for a field; `lang` is set for the connector's own (Portuguese) wording. */
export interface FieldMessage {
  text: string
  lang?: string
}
export type ClientErrors = Record<string, FieldMessage[]>

interface Options {
  plans: FieldPlan[]
  onSubmit: (values: CredentialValues) => void | Promise<unknown>
  /** The host says it is sending, or the deadline passed. */
  locked: boolean
  serverErrors: FieldErrors | undefined
  /** Client-side validation of the values that will be sent. */
  validate: (values: CredentialValues) => ClientErrors
}

function hasMessages(errors: Record<string, unknown[]> | undefined, name: string): boolean {
  return (errors?.[name]?.length ?? 0) > 0
}

/** What is sent: every collected field; an empty optional one is left out. */
function collect(plans: FieldPlan[], values: CredentialValues): CredentialValues {
  const out: CredentialValues = {}
  for (const plan of plans) {
    if (plan.kind === 'image' && !plan.typed) out[plan.field.name] = ''
    if (!takesValue(plan)) continue
    const value = values[plan.field.name] ?? ''
    if (value === '' && plan.field.optional) continue
    out[plan.field.name] = value
  }
  return out
}

/**
 * The form's state. Typed values live only here: they go to `onSubmit` and nowhere
 * else, and are cleared once a submit settles, whether it worked or not.
 */
export function useCredentialForm({ plans, onSubmit, locked, serverErrors, validate }: Options) {
  const [values, setValues] = useState<CredentialValues>({})
  const [clientErrors, setClientErrors] = useState<ClientErrors>({})
  const [pending, setPending] = useState(false)
  // A ref, not state: a second click in the same tick must already see it.
  const pendingRef = useRef(false)
  const controls = useRef(new Map<string, HTMLElement>())
  const summaryRef = useRef<HTMLDivElement>(null)
  const mounted = useRef(true)
  // Server errors hide, field by field, once the user edits that field.
  const [edited, setEdited] = useState<{ source: FieldErrors | undefined; names: string[] }>({
    source: serverErrors,
    names: [],
  })
  const editedNames = edited.source === serverErrors ? edited.names : []
  if (edited.source !== serverErrors) setEdited({ source: serverErrors, names: [] })

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  const focusFirstInvalid = useCallback(
    (errors: Record<string, unknown[]> | undefined) => {
      for (const plan of plans) {
        if (!hasMessages(errors, plan.field.name)) continue
        const control = controls.current.get(plan.field.name)
        if (control) {
          control.focus()
          return
        }
      }
      summaryRef.current?.focus()
    },
    [plans],
  )

  // Errors from the server arrive after a submit: take the user to the first one.
  const seenServerErrors = useRef(serverErrors)
  useEffect(() => {
    if (seenServerErrors.current === serverErrors) return
    seenServerErrors.current = serverErrors
    if (serverErrors && Object.values(serverErrors).some((list) => list.length > 0)) {
      focusFirstInvalid(serverErrors)
    }
  }, [serverErrors, focusFirstInvalid])

  // Client errors: focus after the render that marks the fields invalid, so the
  // screen reader reads the field together with its message.
  const [focusRequest, setFocusRequest] = useState<ClientErrors | null>(null)
  useEffect(() => {
    if (focusRequest) focusFirstInvalid(focusRequest)
  }, [focusRequest, focusFirstInvalid])

  const setValue = useCallback((name: string, value: string) => {
    setValues((current) => ({ ...current, [name]: value }))
    setClientErrors((current) => {
      if (!(name in current)) return current
      const { [name]: _removed, ...rest } = current
      return rest
    })
    setEdited((current) =>
      current.names.includes(name) ? current : { ...current, names: [...current.names, name] },
    )
  }, [])

  const registerControl = useCallback((name: string, element: HTMLElement | null) => {
    if (element) controls.current.set(name, element)
    else controls.current.delete(name)
  }, [])

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (pendingRef.current || locked) return
    const toSend = collect(plans, values)
    const errors = validate(toSend)
    if (Object.keys(errors).length > 0) {
      setClientErrors(errors)
      setFocusRequest(errors)
      return
    }
    setClientErrors({})
    pendingRef.current = true
    setPending(true)
    const settle = () => {
      pendingRef.current = false
      if (!mounted.current) return
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

  return {
    values,
    setValue,
    clientErrors,
    serverErrors: visibleServerErrors,
    pending,
    handleSubmit,
    registerControl,
    summaryRef,
  }
}
