// Institution data decides these URLs, so only schemes that cannot run script pass.
import { safeHttpUrl } from '../../core/describe/guards'

export { safeHttpUrl }

/** A logo source: http(s), or an inline `data:image/…` picture. */
export function safeImageUrl(value: unknown): string | undefined {
  if (typeof value === 'string' && /^data:image\/[a-z0-9.+-]+[;,]/i.test(value.trim())) {
    return value.trim()
  }
  return safeHttpUrl(value)
}
