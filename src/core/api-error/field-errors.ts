import { capText, isRecord } from './read-body'

/**
 * The `fieldErrors` key for validation messages that name no parameter: they
 * belong to the form as a whole.
 */
export const FORM_ERROR_KEY = ''

/** `details[]` / `errors[]` entries (`{ code, message, parameter }`, or bare strings) by parameter. */
export function collectFieldErrors(entries: unknown[]): Record<string, string[]> {
  const byField = new Map<string, string[]>()
  for (const entry of entries) {
    const read = readEntry(entry)
    if (!read) continue
    const list = byField.get(read.parameter)
    if (!list) byField.set(read.parameter, [read.message])
    else if (!list.includes(read.message)) list.push(read.message)
  }
  // fromEntries defines own properties, so a parameter named `__proto__` stays data.
  return Object.fromEntries(byField)
}

function readEntry(entry: unknown): { parameter: string; message: string } | undefined {
  if (typeof entry === 'string') {
    const message = capText(entry)
    return message === undefined ? undefined : { parameter: FORM_ERROR_KEY, message }
  }
  if (!isRecord(entry)) return undefined
  const parameter = capText(entry.parameter, 200) ?? capText(entry.field, 200)
  const message = capText(entry.message) ?? capText(entry.code, 50)
  if (parameter === undefined && message === undefined) return undefined
  // An entry that names a field but carries no message still marks the field invalid.
  return { parameter: parameter ?? FORM_ERROR_KEY, message: message ?? 'invalid' }
}
