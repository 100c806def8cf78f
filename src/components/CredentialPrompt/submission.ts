import { validateCredentials, type CredentialIssue } from '../../core/credentials'
import type { ConnectorCredential } from '../../core/model'
import type { FarolTranslate } from '../../i18n'
import { takesValue, type FieldPlan } from './field-plan'
import type { CredentialValues } from './types'

/** A message under a field; `lang` is set for the connector's own (Portuguese) wording. */
export interface FieldMessage {
  text: string
  lang?: string
}
export type ClientErrors = Record<string, FieldMessage[]>

const ISSUE_KEYS = {
  required: 'credentials.validation.required',
  pattern: 'credentials.validation.pattern',
  'invalid-option': 'credentials.validation.invalidOption',
} as const

function issueMessage(issue: CredentialIssue, t: FarolTranslate): FieldMessage {
  // The connector's own wording is Portuguese: mark it so screen readers say it right.
  if (issue.code === 'pattern' && issue.message) return { text: issue.message, lang: 'pt-BR' }
  return { text: t(ISSUE_KEYS[issue.code]) }
}

/**
 * What a submit sends: every collected field, an empty optional one left out, and
 * `''` for a picture that was only to be scanned. `errors` checks it the way the
 * server will (its regexes), as localized messages per field name.
 */
export function checkSubmission(
  plans: FieldPlan[],
  values: CredentialValues,
  t: FarolTranslate,
): { toSend: CredentialValues; errors: ClientErrors } {
  const toSend: CredentialValues = {}
  const checked: ConnectorCredential[] = []
  for (const plan of plans) {
    const { name, optional } = plan.field
    if (plan.kind === 'image' && !plan.typed) toSend[name] = ''
    if (!takesValue(plan)) continue
    checked.push(plan.field)
    const value = values[name] ?? ''
    if (value !== '' || !optional) toSend[name] = value
  }
  const errors: ClientErrors = {}
  for (const [name, issues] of Object.entries(validateCredentials(checked, toSend).errors)) {
    errors[name] = issues.map((issue) => issueMessage(issue, t))
  }
  return { toSend, errors }
}
