const contents = new WeakMap<Sealed<unknown>, unknown>()

/**
 * Mutation variables that carry credentials without holding them: React
 * Query keeps `variables` in its MutationCache (and devtools show them), so
 * the values live in a private WeakMap and are removed when the request
 * takes them. The cache keeps an empty token.
 */
export class Sealed<T> {
  declare readonly _type?: T

  constructor(value: T) {
    contents.set(this, value)
    Object.freeze(this)
  }

  toJSON(): string {
    return '[sealed]'
  }
}

/** The sealed value, once: later calls return `undefined`. */
export function unseal<T>(sealed: Sealed<T>): T | undefined {
  const value = contents.get(sealed) as T | undefined
  contents.delete(sealed)
  return value
}
