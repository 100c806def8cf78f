// Lenient field readers: a value of the wrong type becomes `undefined` (the
// field is dropped) instead of failing the whole item.

export type Fields = Record<string, unknown>

/** Any object, arrays included: a field missing from it reads as `undefined`. */
export function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null
}

export function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

export function optionalBoolean(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined
}

export function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' && !Number.isNaN(value) ? value : undefined
}

export function finiteNumber(value: unknown): number | undefined {
  return Number.isFinite(value) ? (value as number) : undefined
}

/** A code that may arrive as a number (`1`) or a string (`"001"`). */
export function code(value: unknown): string | undefined {
  return optionalString(value) ?? optionalNumber(value)?.toString()
}

/** A string, `null` for a value of another type, absent when absent. */
export function nullableString(value: unknown): string | null | undefined {
  return value === undefined ? undefined : (optionalString(value) ?? null)
}

export function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number') {
    const date = value instanceof Date ? value : new Date(value)
    const time = date.getTime()
    return Number.isFinite(time) ? date.toISOString() : undefined
  }
  return undefined
}

/** `Record<string, string>`, keeping only string and number values. */
export function stringRecord(value: unknown): Record<string, string> | undefined {
  if (!isObject(value) || Array.isArray(value)) return undefined
  const out: Record<string, string> = {}
  for (const [key, entry] of Object.entries(value)) {
    const text = typeof entry === 'string' ? entry : finiteNumber(entry)?.toString()
    if (text !== undefined && key !== '__proto__') out[key] = text
  }
  return out
}

/** The entries of an array that `read` accepts; `undefined` for a non-array. */
export function lenientArray<T>(value: unknown, read: (entry: unknown) => T | undefined) {
  if (!Array.isArray(value)) return undefined
  const out: T[] = []
  for (const entry of value as unknown[]) {
    const parsed = read(entry)
    if (parsed !== undefined) out.push(parsed)
  }
  return out
}

/** A present field as `read` sees it, or `null` when it does not fit. */
export function orNull<T>(
  input: Fields,
  key: string,
  read: (value: unknown) => T | undefined,
): T | null | undefined {
  return key in input ? (read(input[key]) ?? null) : undefined
}

// Never copied from input: as keys of a new object they would reach its prototype.
const NOT_DATA = new Set(['__proto__', 'prototype', 'constructor'])

/**
 * `fields` without its `undefined` values, plus the own keys of `input` that
 * `fields` does not name: unknown keys are harmless data and hosts may read them.
 */
export function compact<T extends object>(fields: T, input?: Fields): T {
  const out: Fields = {}
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value
  if (!input) return out as T
  for (const key of Object.keys(input)) {
    const value = input[key]
    if (value !== undefined && !Object.hasOwn(fields, key) && !NOT_DATA.has(key)) out[key] = value
  }
  return out as T
}
