import type { HTMLAttributes } from 'react'
import type { UserAction } from '../../core/model'
import type { NowInput } from '../shared-countdown'

export interface UserActionNoticeProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** `item.userAction` (WAITING_USER_ACTION). */
  userAction: UserAction
  /** The current time, for tests and stories (see `NowInput`). */
  now?: NowInput
  connectorName?: string
  /** Level of the heading, default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6
}
