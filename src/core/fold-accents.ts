const MARKS = /[\u0300-\u036f]/g

/** Lower case, accents removed, trimmed: "  Itaú " and "itau" fold to the same text. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().trim()
}
