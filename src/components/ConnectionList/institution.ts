import type { Item } from '../../core'
import { safeImageUrl } from '../shared'

/** The institution's name as given (trimmed), or '' when there is none. */
export function institutionName(item: Item | undefined): string {
  const name: unknown = item?.connector?.name
  return typeof name === 'string' ? name.trim() : ''
}

/** Up to two initials for a logo placeholder: "Banco do Brasil" → "BB". */
export function initialsOf(name: string): string {
  const words = name.match(/[\p{L}\p{N}]+/gu) ?? []
  const significant = words.filter((word) => word.length > 2 || /^\p{Lu}/u.test(word))
  const picked = (significant.length ? significant : words).slice(0, 2)
  return picked.map((word) => [...word][0]!.toLocaleUpperCase('pt-BR')).join('')
}

export function institutionLogo(item: Item | undefined): string | undefined {
  return safeImageUrl(item?.connector?.imageUrl)
}
