import type { HTMLAttributes } from 'react'
import type { DateLike } from '../../core/model'
import type { NowInput } from '../shared-countdown'

export interface DeviceAuthorizationNoticeProps extends Omit<
  HTMLAttributes<HTMLElement>,
  'children'
> {
  /** The name the bank shows for the new access (`error.attributes.deviceNickname`). */
  deviceNickname?: string
  /** Authorize before this time. */
  expiresAt?: DateLike
  connectorName?: string
  /**
   * The current time. A `Date` freezes the clock there (tests, stories: the countdown
   * stands still); a function `() => Date` is read on every tick, so it can run. Default:
   * the real clock.
   */
  now?: NowInput
  /** "I've authorized it": check now (before expiry) or start again (after). */
  onRetry?: () => void
  /** Level of the heading, default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6
}
