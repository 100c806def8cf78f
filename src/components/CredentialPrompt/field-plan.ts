import type { ConnectorCredential } from '../../core/model'
import { credentialAutocomplete, credentialInputKind } from '../../core/credentials'
import { safeHttpUrl } from '../shared'
import { safeImageSrc } from './image-src'

export type CredentialPromptMode = 'credentials' | 'mfa'

/** How one field is shown, decided once from its metadata. */
export type FieldPlan =
  | { kind: 'text' | 'password' | 'number'; field: ConnectorCredential; autoComplete: string }
  | { kind: 'select'; field: ConnectorCredential; options: { value: string; label: string }[] }
  | {
      kind: 'image'
      field: ConnectorCredential
      src?: string
      /** A captcha-like picture wants its text typed; a QR code to scan does not. */
      typed: boolean
      autoComplete: string
    }
  | { kind: 'oauth'; field: ConnectorCredential; href: string }
  | { kind: 'unsupported'; field: ConnectorCredential }

/** Fields whose value the form collects and validates. */
export function takesValue(plan: FieldPlan): boolean {
  if (plan.kind === 'image') return plan.typed
  return (
    plan.kind === 'text' ||
    plan.kind === 'password' ||
    plan.kind === 'number' ||
    plan.kind === 'select'
  )
}

export function planField(field: ConnectorCredential, mode: CredentialPromptMode): FieldPlan {
  const kind = credentialInputKind(field)
  switch (kind) {
    case 'text':
    case 'password':
    case 'number':
      return { kind, field, autoComplete: credentialAutocomplete(field, { mfa: mode === 'mfa' }) }
    case 'select': {
      const options = (field.options ?? []).filter((o) => typeof o?.value === 'string')
      return options.length > 0 ? { kind, field, options } : { kind: 'unsupported', field }
    }
    case 'image':
      return {
        kind,
        field,
        src: safeImageSrc(field.data),
        typed: Boolean(field.validation || field.placeholder),
        autoComplete: mode === 'mfa' ? 'one-time-code' : 'off',
      }
    case 'oauth': {
      const href = safeHttpUrl(field.data)
      return href ? { kind, field, href } : { kind: 'unsupported', field }
    }
    default:
      return { kind: 'unsupported', field }
  }
}

/** The form cannot be completed here when a required field has no usable control. */
export function isBlocked(plans: FieldPlan[]): boolean {
  return plans.some((p) => p.kind === 'unsupported' && !p.field.optional)
}
