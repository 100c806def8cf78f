import { describeItem, nextGuidanceChange } from '../../core'
import type { DescribeItemOptions, Item, ItemGuidance } from '../../core'

/**
 * `describeItem` for many items at one instant, each item described once
 * (by reference), plus the earliest instant at which any answer changes.
 */
export function createDescriber(options: DescribeItemOptions) {
  const described = new WeakMap<Item, ItemGuidance>()
  const now = options.now ?? new Date()
  const at = { ...options, now }
  let nextChange: number | undefined
  return {
    now,
    describe(item: Item | undefined): ItemGuidance | undefined {
      if (!item || typeof item !== 'object') return undefined
      let guidance = described.get(item)
      if (!guidance) {
        guidance = describeItem(item, at)
        described.set(item, guidance)
        if (!options.now) {
          const change = nextGuidanceChange(item, at)?.getTime()
          if (change !== undefined && (nextChange === undefined || change < nextChange)) {
            nextChange = change
          }
        }
      }
      return guidance
    },
    /** The earliest next change among the items described so far (epoch ms). */
    get nextChange() {
      return nextChange
    },
  }
}
