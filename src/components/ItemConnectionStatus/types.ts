import type { HTMLAttributes } from 'react'
import type { DescribeItemOptions } from '../../core/describe'
import type { ApiProblem, GuidedAction, Item, ItemGuidance } from '../../core/model'
import type { CredentialValues } from '../CredentialPrompt'
import type { HeadingLevel } from '../shared'

/** What the host does when the user acts. All optional: without one, its button is not shown. */
export interface ItemConnectionHandlers {
  /** Update the item again (retry, "I've authorized it"). */
  onRetry?: () => void
  /** Send re-typed credentials (update the item with them). */
  onSubmitCredentials?: (values: CredentialValues) => void | Promise<unknown>
  /** Send the MFA answer. */
  onSubmitMfa?: (values: CredentialValues) => void | Promise<unknown>
  /** Reconnect elsewhere (e.g. Pluggy Connect): renew consent, after acting at the bank. */
  onReconnect?: () => void
  /** Every action, before the specific handler (also contact-support). */
  onAction?: (action: GuidedAction) => void
}

type DivProps = Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'onSubmit'>

/** `ItemConnectionStatus` given an `item`: it presents, and calls the handlers. */
export interface ItemConnectionStatusViewProps extends ItemConnectionHandlers, DivProps {
  item: Item
  itemId?: never
  /** Default: `describeItem(item, { now, ...describeOptions })`. */
  guidance?: ItemGuidance
  describeOptions?: Omit<DescribeItemOptions, 'now'>
  /**
   * A `Date` freezes the clock there, for the guidance and every countdown (tests,
   * stories). Default: the real clock.
   */
  now?: Date
  /** A submit or update is in flight. */
  submitting?: boolean
  /** API validation errors by field name (400), for the credential form. */
  fieldErrors?: Record<string, string[]>
  /** The latest refresh failed: `item` is the last good one (a notice says so). */
  refreshError?: ApiProblem
  /** The user's last action failed (network, server…): a notice asks them to try again. */
  actionError?: ApiProblem
  /** Level of the banner's headline; the slot's heading is one level below. Default 2. */
  headingLevel?: HeadingLevel
}

/** `ItemConnectionStatus` given an `itemId`: it polls the item and wires the actions to the API. */
export interface ConnectedItemStatusProps
  extends
    Pick<ItemConnectionHandlers, 'onReconnect' | 'onAction' | 'onRetry'>,
    Pick<ItemConnectionStatusViewProps, 'describeOptions' | 'now' | 'headingLevel'>,
    DivProps {
  /** The item to poll and act on (inside a `FarolProvider`). */
  itemId: string
  item?: never
}

export type ItemConnectionStatusProps = ItemConnectionStatusViewProps | ConnectedItemStatusProps
