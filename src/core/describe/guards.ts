/** Lenient reads of item fields that may hold anything. */
export { isObject } from '../parse/fields'

/** An absolute http(s) URL, normalised; anything else (javascript:, data:, relative) is undefined. */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  try {
    const url = new URL(value.trim())
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
  } catch {
    return undefined
  }
}

/** The value if it is a string, else `''`. */
export const textOf = (value: unknown): string => (typeof value === 'string' ? value : '')
