/**
 * `record[key]` for the record's own keys only: API strings such as
 * `"constructor"` must not reach `Object.prototype` through a lookup table.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined
}
