/** The object without its `undefined` properties: optional fields are absent, never `undefined`. */
export function defined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T
}
