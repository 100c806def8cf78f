// Samples for the status stories: the shared per-reason items, parsed and described.
import {
  describeItem,
  parseItem,
  type GuidanceReason,
  type Item,
  type ItemGuidance,
} from '../../src/core'
import { NOW, PLUGGY_BANK, REASON_ITEMS } from '../../test/fixtures/reason-items'

export { NOW, PLUGGY_BANK }

export interface Sample {
  item: Item
  guidance: ItemGuidance
}

export function sample(reason: GuidanceReason, extra: Record<string, unknown> = {}): Sample {
  const item = parseItem({ ...REASON_ITEMS[reason], ...extra })
  return { item, guidance: describeItem(item, { now: NOW }) }
}

/** The sample of `reason`, optionally on an Open Finance connector (some wording changes). */
export function sampleFor(reason: GuidanceReason, { openFinance = false } = {}): Sample {
  if (!openFinance) return sample(reason)
  const connector = (REASON_ITEMS[reason].connector ?? PLUGGY_BANK) as Record<string, unknown>
  return sample(reason, { connector: { ...connector, isOpenFinance: true } })
}
