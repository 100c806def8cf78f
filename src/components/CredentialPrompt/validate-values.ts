import { validateCredentials, type CredentialIssue } from '../../core/credentials'
import type { FarolTranslate } from '../../i18n'
import { takesValue, type FieldPlan } from './field-plan'
import type { ClientErrors, FieldMessage } from './use-credential-form'

function issueMessage(issue: CredentialIssue, t: FarolTranslate): FieldMessage {
  switch (issue.code) {
    case 'required':
      return { text: t('credentials.validation.required') }
    case 'pattern':
      // The connector's own wording is Portuguese: mark it so screen readers say it right.
      return issue.message
        ? { text: issue.message, lang: 'pt-BR' }
        : { text: t('credentials.validation.pattern') }
    default:
      return { text: t('credentials.validation.invalidOption') }
  }
}

/** Client-side validation (the server's regexes), as localized messages per field name. */
export function validateValues(
  plans: FieldPlan[],
  values: Record<string, string>,
  t: FarolTranslate,
): ClientErrors {
  const fields = plans.filter(takesValue).map((plan) => plan.field)
  const { errors } = validateCredentials(fields, values)
  const out: ClientErrors = {}
  for (const [name, issues] of Object.entries(errors)) {
    out[name] = issues.map((issue) => issueMessage(issue, t))
  }
  return out
}
