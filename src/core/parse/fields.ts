// Lenient field schemas: a value of the wrong type becomes `undefined` (or `null`)
// instead of failing the whole item. Only `id` and `status` are required.
import * as v from 'valibot'

export function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number') {
    const date = value instanceof Date ? value : new Date(value)
    const time = date.getTime()
    return Number.isFinite(time) ? date.toISOString() : undefined
  }
  return undefined
}

export const optionalString = v.fallback(v.optional(v.string()), undefined)
/** A string, `null` for a value of another type, absent when absent. */
export const nullableString = v.pipe(
  v.optional(v.unknown()),
  v.transform((value) =>
    value === undefined ? undefined : typeof value === 'string' ? value : null,
  ),
)
export const optionalBoolean = v.fallback(v.optional(v.boolean()), undefined)

/** A code that may arrive as a number (`1`) or a string (`"001"`). */
export const codeString = v.pipe(
  v.union([v.string(), v.number()]),
  v.transform((value) => String(value)),
)

export const optionalDate = v.pipe(v.optional(v.unknown()), v.transform(toIsoDate))
export const nullableDate = v.pipe(
  v.optional(v.unknown()),
  v.transform((value) => toIsoDate(value) ?? null),
)

export const optionalNumber = v.fallback(v.optional(v.pipe(v.number(), v.finite())), undefined)

/** `Record<string, string>`, keeping only string and number values. */
export const stringRecord = v.pipe(
  v.optional(v.unknown()),
  v.transform((value) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined
    const out: Record<string, string> = {}
    for (const [key, entry] of Object.entries(value)) {
      if (typeof entry === 'string') out[key] = entry
      else if (typeof entry === 'number' && Number.isFinite(entry)) out[key] = String(entry)
    }
    return out
  }),
)

/** An array whose invalid entries are dropped rather than failing the parent. */
export function lenientArray<T extends v.GenericSchema>(entry: T) {
  return v.pipe(
    v.optional(v.unknown()),
    v.transform((value): v.InferOutput<T>[] | undefined => {
      if (!Array.isArray(value)) return undefined
      const out: v.InferOutput<T>[] = []
      for (const element of value) {
        const result = v.safeParse(entry, element)
        if (result.success) out.push(result.output)
      }
      return out
    }),
  )
}

/** An object schema that yields `null` (not an error) when the value does not fit. */
export function nullableObject<T extends v.GenericSchema>(schema: T) {
  return v.pipe(
    v.optional(v.unknown()),
    v.transform((value): v.InferOutput<T> | null => {
      if (value === null || value === undefined) return null
      const result = v.safeParse(schema, value)
      return result.success ? result.output : null
    }),
  )
}
