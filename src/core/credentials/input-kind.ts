import type { ConnectorCredential } from '../model'

export type CredentialInputKind =
  'text' | 'password' | 'number' | 'select' | 'image' | 'oauth' | 'unsupported'

/**
 * How to render a connector credential or MFA `parameter`. `number` means
 * digits: render it as text with `inputmode="numeric"` (codes keep leading
 * zeros). `hcaptcha`, `ethaddress` and unknown types are `unsupported`.
 */
export function credentialInputKind(field: ConnectorCredential): CredentialInputKind {
  const type: unknown = field?.type ?? 'text'
  switch (typeof type === 'string' ? type.toLowerCase() : '') {
    case 'text':
    case 'string': // the docs' MFA example uses it
      return 'text'
    case 'password':
      return 'password'
    case 'number':
      return 'number'
    case 'select':
      return 'select'
    case 'image':
      return 'image'
    case 'oauth':
      return 'oauth'
    default:
      return 'unsupported'
  }
}

export type CredentialAutocomplete = 'current-password' | 'one-time-code' | 'username' | 'off'

const ONE_TIME = /token|otp|2fa|mfa/i
const USERNAME = /user|usu[aá]rio|login|cpf|cnpj|document|e-?mail/i

/**
 * The `autocomplete` attribute for a field. Pass `{ mfa: true }` for an MFA
 * prompt (`item.parameter`): it is a one-time code whatever its type.
 */
export function credentialAutocomplete(
  field: ConnectorCredential,
  options?: { mfa?: boolean },
): CredentialAutocomplete {
  const kind = credentialInputKind(field)
  if (kind !== 'text' && kind !== 'number' && kind !== 'password') return 'off'
  const name = typeof field.name === 'string' ? field.name : ''
  const label = typeof field.label === 'string' ? field.label : ''
  if (field.mfa === true || options?.mfa === true || ONE_TIME.test(name)) return 'one-time-code'
  if (kind === 'password') return 'current-password'
  if (ONE_TIME.test(label)) return 'one-time-code'
  if (USERNAME.test(name) || USERNAME.test(label)) return 'username'
  return 'off'
}
