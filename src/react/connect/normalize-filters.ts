import type { ConnectorFilters } from '../../core'

/**
 * The filters as the request sends them: trimmed name, lists sorted and
 * deduplicated, empty values left out. Equal searches share a cache entry.
 */
export function normalizeFilters(filters: ConnectorFilters): ConnectorFilters {
  const out: ConnectorFilters = {}
  const name = typeof filters.name === 'string' ? filters.name.trim() : ''
  if (name) out.name = name
  const types = sortedList(filters.types)
  if (types) out.types = types
  const countries = sortedList(filters.countries)
  if (countries) out.countries = countries
  if (typeof filters.isOpenFinance === 'boolean') out.isOpenFinance = filters.isOpenFinance
  if (typeof filters.sandbox === 'boolean') out.sandbox = filters.sandbox
  const ids = Array.isArray(filters.ids)
    ? [...new Set(filters.ids.filter(Number.isInteger))].sort((a, b) => a - b)
    : []
  if (ids.length) out.ids = ids
  return out
}

function sortedList<T extends string>(list: readonly T[] | undefined): T[] | undefined {
  if (!Array.isArray(list)) return undefined
  const out = [...new Set(list.filter((v) => typeof v === 'string' && v.trim() !== ''))].sort()
  return out.length ? out : undefined
}
