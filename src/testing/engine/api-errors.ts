import type { Prng } from './prng'
import { uuidFrom } from './prng'

/** Pluggy's error body: `{ code: <http status>, message, codeDescription?, data?, errorId }`. */
export interface ApiErrorBody {
  code: number
  message: string
  codeDescription?: string
  data?: Record<string, unknown>
  details?: ValidationIssue[]
  /** ITEM_USER_ALREADY_EXISTS: the existing items' ids. */
  items?: string[]
  errorId: string
}

/** One entry of `details[]` (API) or `errors[]` (Pluggy's errors page). */
export interface ValidationIssue {
  /** `001` missing required parameter, `002` rule validation error. */
  code: '001' | '002' | '003'
  message: string
  parameter: string
}

export class ApiErrorFactory {
  constructor(private readonly prng: Prng) {}

  body(
    status: number,
    message: string,
    extra: {
      codeDescription?: string
      data?: Record<string, unknown>
      details?: ValidationIssue[]
      items?: string[]
    } = {},
  ): ApiErrorBody {
    return { code: status, message, ...extra, errorId: uuidFrom(this.prng) }
  }
}

export const JSON_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json; charset=utf-8',
}
