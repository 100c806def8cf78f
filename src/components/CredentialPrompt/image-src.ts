// Institution data is never trusted markup: only these URLs ever reach an href or src.

/** The URL itself when it is absolute http(s), else undefined (no `javascript:`, no relative). */
export function safeHttpUrl(value: string | undefined | null): string | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (!/^https?:\/\//i.test(trimmed)) return undefined
  try {
    const url = new URL(trimmed)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/

/** Sniffs the picture type of bare base64 (Pluggy documents `data` as base64). */
function base64ImageType(base64: string): string {
  if (base64.startsWith('/9j/')) return 'jpeg'
  if (base64.startsWith('R0lGOD')) return 'gif'
  if (base64.startsWith('UklGR')) return 'webp'
  if (base64.startsWith('PHN2Zy') || base64.startsWith('PD94')) return 'svg+xml'
  return 'png'
}

/**
 * A `src` for an `<img>`: a `data:image/…` URL, an http(s) URL, or bare base64
 * turned into a data URL. Anything else (e.g. `data:text/html`, `javascript:`) is
 * undefined. An `<img>` never runs scripts, SVG included.
 */
export function safeImageSrc(value: string | undefined | null): string | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^data:image\/[a-z0-9.+-]+(;[a-z0-9=.+-]+)*,/i.test(trimmed)) return trimmed
  const http = safeHttpUrl(trimmed)
  if (http) return http
  const compact = trimmed.replace(/\s+/g, '')
  if (compact.length >= 16 && BASE64.test(compact)) {
    return `data:image/${base64ImageType(compact)};base64,${compact}`
  }
  return undefined
}
