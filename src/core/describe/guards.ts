/** Lenient reads of item fields that may hold anything. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

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

/** A logo source: http(s), or an inline `data:image/…` picture (an `<img>` runs no script). */
export function safeImageUrl(value: unknown): string | undefined {
  if (typeof value === 'string' && /^data:image\/[a-z0-9.+-]+[;,]/i.test(value.trim())) {
    return value.trim()
  }
  return safeHttpUrl(value)
}

/** The value if it is a string, else `''`. */
export const str = (value: unknown): string => (typeof value === 'string' ? value : '')
