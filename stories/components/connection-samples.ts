// Many connections for the ConnectionList / ConnectionsSummary stories: a realistic mix of states.
import { parseItem, type GuidanceReason, type Item } from '../../src/core'
import { NOW, PLUGGY_BANK, REASON_ITEMS } from '../../test/fixtures/reason-items'

export { NOW }

const INSTITUTIONS = [
  'Banco Horizonte',
  'Conta Salário Aurora',
  'Cartão Cobalto',
  'Corretora Vértice',
  'Banco Ipê PJ',
  'Cooperativa Sertão',
  'Banco do Cerrado',
  'Financeira Maré',
  'Banco Pampa',
  'Cartão Jacarandá',
]

/** The states of a typical user's six connections, most of them fine. */
const MIX: GuidanceReason[] = [
  'updated',
  'mfa',
  'syncing',
  'updated',
  'site-not-available',
  'invalid-credentials',
  'updated',
  'device-authorization',
  'updated',
  'partial-success',
  'updated',
  'consent-expiring',
  'updated',
  'updated',
  'connection-error',
]

/** One connection in `reason`'s state, at an institution (some with no logo: initials show). */
export function connection(index: number, reason: GuidanceReason): Item {
  const raw = REASON_ITEMS[reason]
  const connector = (raw.connector ?? PLUGGY_BANK) as Record<string, unknown>
  const name = INSTITUTIONS[index % INSTITUTIONS.length]!
  return parseItem({
    ...raw,
    id: `item-${index + 1}`,
    connector: {
      ...connector,
      id: 100 + index,
      name: index < INSTITUTIONS.length ? name : `${name} ${Math.floor(index / 10) + 1}`,
      imageUrl: undefined,
    },
  })
}

/** `count` connections in a realistic mix of states. */
export function connections(count: number, reasons: readonly GuidanceReason[] = MIX): Item[] {
  return Array.from({ length: count }, (_, i) => connection(i, reasons[i % reasons.length]!))
}

/** `count` connections, all up to date. */
export const allReady = (count: number) => connections(count, ['updated'])
