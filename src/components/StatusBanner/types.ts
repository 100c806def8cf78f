import type { HTMLAttributes } from 'react'
import type { GuidedAction, GuidedActionType, Item, ItemGuidance } from '../../core/model'
import type { HeadingLevel } from '../shared'

export interface StatusBannerProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** What `describeItem` says about the item. */
  guidance: ItemGuidance
  /** The item: connector logo and name, `lastUpdatedAt`, Open Finance wording. */
  item?: Item
  /**
   * A `Date` freezes the clock there (tests, stories). Default: the real clock, read
   * every 30 s and when a retry becomes allowed.
   */
  now?: Date
  /** Called with the action whose button was pressed. Without it no buttons are shown. */
  onAction?: (action: GuidedAction) => void
  /** An action is in flight: buttons stay focusable but do nothing. */
  busy?: boolean
  /** Level of the headline, default 2. */
  headingLevel?: HeadingLevel
  /** Action types shown elsewhere (e.g. as a form by ItemConnectionStatus): no button for them. */
  hiddenActions?: readonly GuidedActionType[]
}
