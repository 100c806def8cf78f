import type { ConnectorCredential } from '../../core/model'
import { credentialAutocomplete, credentialInputKind } from '../../core/credentials'
import { safeHttpUrl } from '../shared'
import { toTime } from '../shared-countdown'
import { safeImageSrc } from './image-src'

export type CredentialPromptMode = 'credentials' | 'mfa'

/** Connector text shown under a label; `key` names its element id. */
export interface HelpText {
  key: 'instructions' | 'assistive'
  text: string
}

/** How one kind of field is shown. */
type FieldControl =
  | { kind: 'text' | 'password' | 'number'; autoComplete: string }
  | { kind: 'select'; options: { value: string; label: string }[] }
  | {
      kind: 'image'
      src?: string
      /** A captcha-like picture wants its text typed; a QR code to scan does not. */
      typed: boolean
      autoComplete: string
    }
  | { kind: 'oauth'; href: string }
  | { kind: 'unsupported' }

/** How one field is shown, decided once from its metadata. */
export type FieldPlan = FieldControl & {
  field: ConnectorCredential
  /** What the field is called: its label, else its placeholder, else its name. */
  label: string
  help: HelpText[]
}

/** The whole form, planned once per `fields` and mode. */
export interface FormPlan {
  fields: FieldPlan[]
  /** A required field has no usable control: the form cannot be completed here. */
  blocked: boolean
  /** There is something to send: a value to type or choose, or a picture to scan. */
  submittable: boolean
  /** The only thing to do is scan a picture ("I scanned it" submits). */
  onlyScan: boolean
  /** The earliest `expiresAt` of the fields, in ms. */
  expiresAt: number | undefined
}

/** Fields whose value the form collects and validates. */
export function takesValue(plan: FieldPlan): boolean {
  return plan.kind === 'image' ? plan.typed : plan.kind !== 'oauth' && plan.kind !== 'unsupported'
}

function planControl(field: ConnectorCredential, mode: CredentialPromptMode): FieldControl {
  const kind = credentialInputKind(field)
  switch (kind) {
    case 'text':
    case 'password':
    case 'number':
      return { kind, autoComplete: credentialAutocomplete(field, { mfa: mode === 'mfa' }) }
    case 'select': {
      const options = (field.options ?? []).filter((o) => typeof o?.value === 'string')
      return options.length > 0 ? { kind, options } : { kind: 'unsupported' }
    }
    case 'image':
      return {
        kind,
        src: safeImageSrc(field.data),
        typed: Boolean(field.validation || field.placeholder),
        autoComplete: mode === 'mfa' ? 'one-time-code' : 'off',
      }
    case 'oauth': {
      const href = safeHttpUrl(field.data)
      return href ? { kind, href } : { kind: 'unsupported' }
    }
    default:
      return { kind: 'unsupported' }
  }
}

function planField(field: ConnectorCredential, mode: CredentialPromptMode): FieldPlan {
  const help: HelpText[] = []
  if (field.instructions) help.push({ key: 'instructions', text: field.instructions })
  if (field.assistiveText) help.push({ key: 'assistive', text: field.assistiveText })
  return {
    ...planControl(field, mode),
    field,
    label: field.label || field.placeholder || field.name,
    help,
  }
}

export function planForm(fields: ConnectorCredential[], mode: CredentialPromptMode): FormPlan {
  const list = Array.isArray(fields) ? fields : []
  const plans = list.map((field) => planField(field, mode))
  const collects = plans.some(takesValue)
  const hasImage = plans.some((plan) => plan.kind === 'image')
  const expiries = list.map((field) => toTime(field.expiresAt)).filter((time) => time !== undefined)
  return {
    fields: plans,
    blocked: plans.some((plan) => plan.kind === 'unsupported' && !plan.field.optional),
    submittable: collects || hasImage,
    onlyScan: hasImage && !collects,
    expiresAt: expiries.length > 0 ? Math.min(...expiries) : undefined,
  }
}
