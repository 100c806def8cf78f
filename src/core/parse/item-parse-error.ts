/** Thrown by `parseItem` only when the input is not an item at all. */
export class ItemParseError extends Error {
  override readonly name = 'ItemParseError'
  /** Where the input stopped looking like an item, e.g. `status` or `` (the root). */
  readonly path: string

  constructor(path: string, reason: string) {
    super(`Not a Pluggy item${path ? ` at "${path}"` : ''}: ${reason}`)
    this.path = path
  }
}
