/** What farol reads from an error body, whatever shape (or non-shape) it came in. */
export interface ErrorBody {
  /** Pluggy's `codeDescription`, else a legacy string code (`errorCode`, string `code`). */
  code?: string
  errorId?: string
  /** The API's own message (developer-facing), capped in length. */
  message?: string
  data?: Record<string, unknown>
  /** Validation entries: `details[]` (API) then `errors[]` (docs page, `/validate`). */
  entries: unknown[]
  /** `items`, `data.items` or `itemIds`: the existing items of ITEM_USER_ALREADY_EXISTS. */
  items?: unknown
}

/** JSON text longer than this is not parsed (a bounded cost for any input). */
const MAX_JSON_TEXT = 100_000
const MAX_ENTRIES = 100
export const MAX_MESSAGE_LENGTH = 500
const MAX_ID_LENGTH = 200

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function capText(value: unknown, max = MAX_MESSAGE_LENGTH): string | undefined {
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (text === '') return undefined
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

const UPPER_SNAKE = /^[A-Z][A-Z0-9_]{2,}$/

export function readBody(body: unknown): ErrorBody {
  let value = body
  if (typeof value === 'string') {
    const text = value.trim()
    if (text.length <= MAX_JSON_TEXT && (text.startsWith('{') || text.startsWith('['))) {
      try {
        value = JSON.parse(text)
      } catch {
        // Broken JSON: read it as text below.
      }
    }
    // An HTML error page from a proxy says nothing a developer needs in a message.
    if (typeof value === 'string') {
      return { entries: [], message: text.startsWith('<') ? undefined : capText(text) }
    }
  }
  if (Array.isArray(value)) return { entries: value.slice(0, MAX_ENTRIES) }
  if (!isRecord(value)) return { entries: [] }

  const data = isRecord(value.data) ? value.data : undefined
  const legacyCode =
    typeof value.code === 'string' && UPPER_SNAKE.test(value.code) ? value.code : undefined
  const entries = [value.details, value.errors]
    .flatMap((list) => (Array.isArray(list) ? list.slice(0, MAX_ENTRIES) : []))
    .slice(0, MAX_ENTRIES)
  return {
    code:
      capText(value.codeDescription, MAX_ID_LENGTH) ??
      capText(value.errorCode, MAX_ID_LENGTH) ??
      legacyCode,
    errorId: capText(value.errorId, MAX_ID_LENGTH),
    message: capText(value.message) ?? capText(value.error),
    data,
    entries,
    items: value.items ?? data?.items ?? value.itemIds,
  }
}
