import { safeImageSrc } from '../CredentialPrompt/image-src'

const IMAGE_KEY = /qr|image|img|picture|photo/i

/**
 * Where `userAction.attributes` carries the QR code is not documented, so this is
 * lenient: any `data:image/…` value, else the first value under an image-like key
 * (http(s) URL or bare base64). `found` without `src` means there was something,
 * but nothing safe to show.
 */
export function findQrImage(attributes: unknown): { found: boolean; src?: string } {
  if (!attributes || typeof attributes !== 'object') return { found: false }
  const entries = Object.entries(attributes).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '',
  )
  const dataUrl = entries.find(([, value]) => /^\s*data:image\//i.test(value))
  if (dataUrl) return { found: true, src: safeImageSrc(dataUrl[1]) }
  const byKey = entries.find(([key]) => IMAGE_KEY.test(key))
  if (byKey) return { found: true, src: safeImageSrc(byKey[1]) }
  return { found: false }
}
