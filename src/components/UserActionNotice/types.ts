import type { HTMLAttributes } from 'react'
import type { UserAction } from '../../core/model'
import type { NowInput } from '../shared-countdown'

export interface UserActionNoticeProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** `item.userAction` (WAITING_USER_ACTION). */
  userAction: UserAction
  /**
   * The current time. A `Date` freezes the clock there (tests, stories: the countdown
   * stands still); a function `() => Date` is read on every tick, so it can run. Default:
   * the real clock.
   */
  now?: NowInput
  connectorName?: string
  /**
   * The device to approve: the guidance's `complete-user-action` `deviceNickname`
   * (describeItem finds it wherever Pluggy put it). Not read from `userAction`.
   */
  deviceNickname?: string
  /** Level of the heading, default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6
}
