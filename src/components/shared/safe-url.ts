// Institution data decides these URLs, so only schemes that cannot run script pass.

function parse(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined
  try {
    return new URL(value.trim())
  } catch {
    return undefined
  }
}

/** An absolute http(s) URL, normalised; anything else (javascript:, data:, relative) is undefined. */
export function safeHttpUrl(value: unknown): string | undefined {
  const url = parse(value)
  return url && (url.protocol === 'https:' || url.protocol === 'http:') ? url.href : undefined
}

/** A logo source: http(s), or an inline `data:image/…` picture. */
export function safeImageUrl(value: unknown): string | undefined {
  if (typeof value === 'string' && /^data:image\/[a-z0-9.+-]+[;,]/i.test(value.trim())) {
    return value.trim()
  }
  return safeHttpUrl(value)
}
