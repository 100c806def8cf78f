import { useMemo, useReducer } from 'react'
import { orderByUrgency, summarizeConnections } from '../../core'
import type { ConnectionsOverview, Item, ItemGuidance } from '../../core'
import { useWakeAt } from '../guidance-clock'
import type { GuidanceOptions } from '../guidance-options'
import { createDescriber } from './describe-cache'

export interface PresentedConnections {
  /** Row keys (the item ids; `#index` for an item without a usable id), most urgent first. */
  order: string[]
  summary: ConnectionsOverview
  /** The item of each row key. */
  itemsByKey: ReadonlyMap<string, Item>
  /** Its guidance, described once for the whole list (rows need not describe again). */
  guidanceByKey: ReadonlyMap<string, ItemGuidance>
}

const increment = (count: number) => count + 1

/** A key per item: its id, or its position when the id is missing or repeated. */
function keyed(items: readonly Item[]): Map<string, Item> {
  const byKey = new Map<string, Item>()
  items.forEach((item, index) => {
    if (!item || typeof item !== 'object') return
    const id = typeof item.id === 'string' && item.id ? item.id : `#${index}`
    byKey.set(byKey.has(id) ? `${id}#${index}` : id, item)
  })
  return byKey
}

/**
 * The order and summary of items given as data (no network), following the
 * clock like the hooks do. Undefined `items`: nothing, and no work.
 */
export function usePresentedConnections(
  items: readonly Item[] | undefined,
  options: GuidanceOptions = {},
): PresentedConnections {
  const [wakes, wake] = useReducer(increment, 0)
  const { now, criticalProducts, consentWarningDays, lockoutWarningAttempts, autoSyncAttempts } =
    options
  const presented = useMemo(() => {
    const describer = createDescriber({
      now,
      criticalProducts,
      consentWarningDays,
      lockoutWarningAttempts,
      autoSyncAttempts,
    })
    const itemsByKey = keyed(Array.isArray(items) ? items : [])
    const entries = [...itemsByKey].map(([itemId, item]) => ({
      itemId,
      guidance: describer.describe(item),
    }))
    const guidanceByKey = new Map<string, ItemGuidance>()
    for (const { itemId, guidance } of entries) if (guidance) guidanceByKey.set(itemId, guidance)
    return {
      order: orderByUrgency(entries),
      guidanceByKey,
      summary: summarizeConnections(entries, describer.now),
      itemsByKey,
      nextChange: describer.nextChange,
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    items,
    now,
    criticalProducts,
    consentWarningDays,
    lockoutWarningAttempts,
    autoSyncAttempts,
    wakes,
  ])
  useWakeAt(presented.nextChange, wake)
  return presented
}
