import type { ConnectorCredential } from '../../core'
import type { ValidationIssue } from './api-errors'

function matches(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern).test(value)
  } catch {
    // A rule the engine cannot compile is not the user's fault.
    return true
  }
}

/**
 * Checks values against a connector's credential rules, as Pluggy does before it
 * starts an execution. Messages name the parameter, never its value.
 */
export function validateCredentials(
  fields: readonly ConnectorCredential[],
  values: Readonly<Record<string, unknown>>,
): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  for (const field of fields) {
    const value = values[field.name]
    const parameter = field.name
    if (value === undefined || value === null || value === '') {
      if (!field.optional) {
        issues.push({ code: '001', parameter, message: `${field.name} parameter is required.` })
      }
      continue
    }
    if (typeof value !== 'string') {
      issues.push({ code: '002', parameter, message: `${field.name} parameter must be a string.` })
    } else if (field.validation && !matches(field.validation, value)) {
      issues.push({
        code: '002',
        parameter,
        message: field.validationMessage ?? `${field.name} parameter is not valid.`,
      })
    } else if (field.options && !field.options.some((option) => option.value === value)) {
      issues.push({
        code: '002',
        parameter,
        message: `${field.name} parameter must be one of the available options.`,
      })
    }
  }
  return issues
}
