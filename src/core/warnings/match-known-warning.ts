import { foldAccents } from '../fold-accents'
import type { Connector, ProductKey, ProductWarning } from '../model'
import { CATALOG, KNOWN_WARNINGS, type KnownWarning } from './known-warnings'

/** Lower case, no accents, no leading "001 - " code, single spaces. */
export function foldText(text: string): string {
  return foldAccents(text)
    .replace(/^\d{3}\s*-\s*/, '')
    .replace(/\s+/g, ' ')
    .trim()
}

function connectorSegment(connector: Connector): 'PF' | 'PJ' | undefined {
  const name = foldText(connector.name)
  if (connector.type === 'BUSINESS_BANK' || /\b(pj|empresas?)\b/.test(name)) return 'PJ'
  if (connector.type === 'PERSONAL_BANK' || /\bpf\b/.test(name)) return 'PF'
  return undefined
}

/**
 * The index (in `CATALOG` and `KNOWN_WARNINGS` alike) of the row that explains a warning
 * with this text, or -1.
 */
export function knownWarningIndex(
  text: unknown,
  product: ProductKey,
  connector?: Connector,
): number {
  if (typeof text !== 'string' || text.length > 2000) return -1
  const message = foldText(text)
  return CATALOG.findIndex(
    ([, institution, segment, rowProduct, rowMessage]) =>
      (rowProduct === product || rowProduct === 'login') &&
      message.startsWith(foldText(rowMessage)) &&
      // Without connector data, the message text alone is distinctive enough.
      (!connector ||
        typeof connector.name !== 'string' ||
        (new RegExp(`\\b${institution}\\b`).test(foldText(connector.name)) &&
          (segment === 'any' || (connectorSegment(connector) ?? segment) === segment))),
  )
}

/** The catalog row that explains this warning, if Pluggy documented it. */
export function matchKnownWarning(
  warning: ProductWarning,
  product: ProductKey,
  connector?: Connector,
): KnownWarning | undefined {
  return KNOWN_WARNINGS[knownWarningIndex(warning.message, product, connector)]
}
