import { foldAccents } from '../../core/fold-accents'
import type { Connector } from '../../core/model'
import { initialsOf } from '../ConnectionList/institution'
import { safeImageUrl } from '../shared'

/** How a connector is listed: decided once per catalogue, not per keystroke. */
export interface PickerOption {
  connector: Connector
  /** The name as shown (trimmed; the id when there is none). */
  name: string
  /** Lower-case, without accents: what a search matches against. */
  key: string
  initials: string
  logo: string | undefined
  health: 'ONLINE' | 'UNSTABLE' | 'OFFLINE'
  /** OFFLINE connectors are listed, with the reason, but cannot be chosen. */
  selectable: boolean
  openFinance: boolean
  audience: 'personal' | 'business' | undefined
}

/** "Itaú" and "itau" match each other: lower case, accents removed. */
export const searchKey = foldAccents

function healthOf(connector: Connector): PickerOption['health'] {
  const status: unknown = connector.health?.status
  return status === 'OFFLINE' || status === 'UNSTABLE' ? status : 'ONLINE'
}

function audienceOf(connector: Connector): PickerOption['audience'] {
  if (connector.type === 'PERSONAL_BANK') return 'personal'
  if (connector.type === 'BUSINESS_BANK') return 'business'
  return undefined
}

export function toOption(connector: Connector): PickerOption {
  const raw: unknown = connector.name
  const name = typeof raw === 'string' && raw.trim() ? raw.trim() : String(connector.id)
  const health = healthOf(connector)
  return {
    connector,
    name,
    key: searchKey(name),
    initials: initialsOf(name) || '?',
    logo: safeImageUrl(connector.imageUrl),
    health,
    selectable: health !== 'OFFLINE',
    openFinance: connector.isOpenFinance === true,
    audience: audienceOf(connector),
  }
}

/**
 * The options whose name contains every word of `query`, those starting with
 * it first; otherwise in the catalogue's order.
 */
export function matchOptions(options: readonly PickerOption[], query: string): PickerOption[] {
  const wanted = searchKey(query)
  if (!wanted) return options.slice()
  const words = wanted.split(/\s+/)
  const starts: PickerOption[] = []
  const contains: PickerOption[] = []
  for (const option of options) {
    if (!words.every((word) => option.key.includes(word))) continue
    ;(option.key.startsWith(wanted) ? starts : contains).push(option)
  }
  return starts.concat(contains)
}
