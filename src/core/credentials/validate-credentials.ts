import type { ConnectorCredential } from '../model'
import { compilePattern } from './compile-pattern'
import { credentialInputKind } from './input-kind'

export type CredentialIssue =
  | { code: 'required' }
  /** `message`: the connector's `validationMessage` (institution wording, Portuguese). */
  | { code: 'pattern'; message?: string }
  | { code: 'invalid-option' }

export type CredentialIssueCode = CredentialIssue['code']

export interface CredentialValidation {
  valid: boolean
  /** Only fields with issues, in field order (the first is the one to focus). */
  errors: Record<string, CredentialIssue[]>
}

/**
 * Values longer than this are not run through the regex (it may backtrack
 * without bound); a field with a usable regex reports them as `pattern`.
 */
export const MAX_PATTERN_INPUT_LENGTH = 1_000

/**
 * Checks values against a connector's `credentials` (or an MFA `parameter`,
 * as a one-field list) the way the server will. Values are checked as given:
 * trim before, if you submit trimmed. `oauth` and `unsupported` fields have
 * no input to check and are skipped; `image` fields (QR codes, pictures) are
 * not required, since some only ask to be scanned. Never throws.
 */
export function validateCredentials(
  fields: readonly ConnectorCredential[],
  values: Readonly<Record<string, string>>,
): CredentialValidation {
  const errors = new Map<string, CredentialIssue[]>()
  for (const field of Array.isArray(fields) ? fields : []) {
    if (typeof field !== 'object' || field === null || typeof field.name !== 'string') continue
    const issues = fieldIssues(field, valueOf(values, field.name))
    if (issues.length === 0) continue
    errors.set(field.name, [...(errors.get(field.name) ?? []), ...issues])
  }
  // fromEntries keeps a field named `__proto__` as data.
  return { valid: errors.size === 0, errors: Object.fromEntries(errors) }
}

function valueOf(values: Readonly<Record<string, string>>, name: string): string {
  if (typeof values !== 'object' || values === null || !Object.hasOwn(values, name)) return ''
  const value: unknown = values[name]
  return typeof value === 'string' ? value : ''
}

function fieldIssues(field: ConnectorCredential, value: string): CredentialIssue[] {
  const kind = credentialInputKind(field)
  if (kind === 'oauth' || kind === 'unsupported') return []
  if (value.trim() === '') {
    return field.optional === true || kind === 'image' ? [] : [{ code: 'required' }]
  }

  const issues: CredentialIssue[] = []
  if (kind === 'select' && Array.isArray(field.options) && field.options.length > 0) {
    if (!field.options.some((option) => option?.value === value)) {
      issues.push({ code: 'invalid-option' })
    }
  }
  const regex = typeof field.validation === 'string' ? compilePattern(field.validation) : null
  if (regex && (value.length > MAX_PATTERN_INPUT_LENGTH || !regex.test(value))) {
    const message = field.validationMessage
    issues.push(
      typeof message === 'string' && message !== ''
        ? { code: 'pattern', message }
        : { code: 'pattern' },
    )
  }
  return issues
}
