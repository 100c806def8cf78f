import { safeImageUrl } from '../shared'

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/

/** Sniffs the picture type of bare base64 (Pluggy documents image `data` as base64). */
function base64ImageType(base64: string): string {
  if (base64.startsWith('/9j/')) return 'jpeg'
  if (base64.startsWith('R0lGOD')) return 'gif'
  if (base64.startsWith('UklGR')) return 'webp'
  if (base64.startsWith('PHN2Zy') || base64.startsWith('PD94')) return 'svg+xml'
  return 'png'
}

/**
 * A `src` for an institution's `<img>`: a `data:image/…` or http(s) URL, or bare
 * base64 turned into a data URL. Anything else (`data:text/html`, `javascript:`)
 * is undefined. An `<img>` never runs scripts, SVG included.
 */
export function safeImageSrc(value: string | undefined | null): string | undefined {
  const url = safeImageUrl(value)
  if (url || typeof value !== 'string') return url
  const compact = value.replace(/\s+/g, '')
  return compact.length >= 16 && BASE64.test(compact)
    ? `data:image/${base64ImageType(compact)};base64,${compact}`
    : undefined
}
