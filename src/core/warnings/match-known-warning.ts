import type { Connector, ProductKey, ProductWarning } from '../model'
import { KNOWN_WARNINGS, type KnownWarning } from './known-warnings'

/** Lower case, no accents, no leading "001 - " code, single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^\s*\d{3}\s*-\s*/, '')
    .replace(/\s+/g, ' ')
    .trim()
}

function connectorSegment(connector: Connector): 'PF' | 'PJ' | undefined {
  const name = foldText(connector.name ?? '')
  if (connector.type === 'BUSINESS_BANK' || /\b(pj|empresas?)\b/.test(name)) return 'PJ'
  if (connector.type === 'PERSONAL_BANK' || /\bpf\b/.test(name)) return 'PF'
  return undefined
}

function connectorMatches(row: KnownWarning, connector: Connector | undefined): boolean {
  // Without connector data, the message text alone is distinctive enough.
  if (!connector || typeof connector.name !== 'string') return true
  const name = foldText(connector.name)
  if (!new RegExp(`\\b${row.institution}\\b`).test(name)) return false
  const segment = connectorSegment(connector)
  return row.segment === 'any' || segment === undefined || segment === row.segment
}

/** The catalog row that explains this warning, if Pluggy documented it. */
export function matchKnownWarning(
  warning: ProductWarning,
  product: ProductKey,
  connector?: Connector,
): KnownWarning | undefined {
  if (typeof warning.message !== 'string' || warning.message.length > 2000) return undefined
  const message = foldText(warning.message)
  if (!message) return undefined
  return KNOWN_WARNINGS.find(
    (row) =>
      (row.product === product || row.product === 'login') &&
      message.startsWith(foldText(row.message)) &&
      connectorMatches(row, connector),
  )
}
