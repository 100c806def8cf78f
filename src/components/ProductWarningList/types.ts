import type { HTMLAttributes } from 'react'
import type { GuidanceWarning, Item, ItemGuidance, StatusDetail } from '../../core/model'

export interface ProductWarningListProps extends Omit<
  HTMLAttributes<HTMLUListElement>,
  'children'
> {
  /** Warnings (with known-warnings catalog matches) and failed products. */
  guidance?: ItemGuidance
  /** Per-product state and dates come from `item.statusDetail`. */
  item?: Item
  /** Instead of `guidance`: the warnings to show. */
  warnings?: readonly GuidanceWarning[]
  /** Instead of `item`: Pluggy's `statusDetail`. */
  statusDetail?: StatusDetail | null
  /** `attention`: only products that failed or have warnings. Default `all`. */
  filter?: 'all' | 'attention'
}
