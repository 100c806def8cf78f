import type { ApiProblem } from '../core'

const REDACTED = '[redacted]'
/** Shorter values would match ordinary words and numbers in messages. */
const MIN_SECRET_LENGTH = 3

/** Secrets worth looking for: the API key and every submitted value. */
export function secretsOf(apiKey: string | undefined, body: unknown): string[] {
  const found: string[] = []
  if (apiKey) found.push(apiKey)
  if (typeof body === 'object' && body !== null) collect(body, found, 0)
  return found.filter((value) => value.length >= MIN_SECRET_LENGTH)
}

function collect(value: object, into: string[], depth: number): void {
  if (depth > 3) return
  for (const entry of Object.values(value)) {
    if (typeof entry === 'string') into.push(entry)
    else if (typeof entry === 'object' && entry !== null) collect(entry, into, depth + 1)
  }
}

export function redactText(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) out = out.split(secret).join(REDACTED)
  return out
}

/**
 * The API may echo what it was sent (a key, a typed value) in a message:
 * no secret may leave the client inside a problem.
 */
export function redactProblem(problem: ApiProblem, secrets: readonly string[]): ApiProblem {
  if (secrets.length === 0) return problem
  const message = redactText(problem.message, secrets)
  if (problem.kind !== 'validation') return { ...problem, message }
  const fieldErrors = Object.fromEntries(
    Object.entries(problem.fieldErrors).map(([field, messages]) => [
      redactText(field, secrets),
      messages.map((text) => redactText(text, secrets)),
    ]),
  )
  return { ...problem, message, fieldErrors }
}
