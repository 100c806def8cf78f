/** Lenient reads of item fields that may hold anything. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** The value if it is a string, else `''`. */
export const str = (value: unknown): string => (typeof value === 'string' ? value : '')
