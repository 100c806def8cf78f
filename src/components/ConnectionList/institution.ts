import type { Item } from '../../core'
import { safeImageUrl } from '../shared'

/** The institution's name as given (trimmed), or '' when there is none. */
export function institutionName(item: Item | undefined): string {
  const name: unknown = item?.connector?.name
  return typeof name === 'string' ? name.trim() : ''
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const UPPER = /\p{Lu}/u

// A list repeats a few institutions; the Unicode-aware split is worth doing once per name.
const initialsByName = new Map<string, string>()

/** Up to two initials for a logo placeholder: "Banco do Brasil" → "BB". */
export function initialsOf(name: string): string {
  if (name.length > 200) return computeInitials(name)
  let initials = initialsByName.get(name)
  if (initials === undefined) {
    if (initialsByName.size > 500) initialsByName.clear()
    initialsByName.set(name, (initials = computeInitials(name)))
  }
  return initials
}

function computeInitials(name: string): string {
  const firsts: string[] = []
  const significant: string[] = []
  for (const word of name.split(/[\s\-_.,/()&+]+/)) {
    const first = word ? String.fromCodePoint(word.codePointAt(0)!) : ''
    if (!LETTER_OR_DIGIT.test(first)) continue
    firsts.push(first)
    // "do", "da", "de": joining words do not make initials.
    if (word.length > 2 || UPPER.test(first)) significant.push(first)
    if (significant.length === 2) break
  }
  const picked = (significant.length ? significant : firsts).slice(0, 2)
  return picked.join('').toLocaleUpperCase('pt-BR')
}

export function institutionLogo(item: Item | undefined): string | undefined {
  return safeImageUrl(item?.connector?.imageUrl)
}
