import type { HTMLAttributes } from 'react'
import type {
  ApiProblem,
  Connector,
  ConnectorType,
  GuidanceReason,
  Item,
  ProductType,
} from '../../core/model'
import type { HeadingLevel } from '../shared'

/** What happened in the flow, for analytics and host logic. Never carries credentials. */
export type ConnectItemEvent =
  | { type: 'connector-selected'; connector: Connector }
  | { type: 'credentials-submitted'; connectorId: number }
  | { type: 'item-created'; item: Item }
  | { type: 'mfa-submitted'; itemId: string }
  | { type: 'oauth-opened'; itemId: string; url: string; mode: 'new-tab' | 'redirect' }
  | { type: 'success'; item: Item }
  /** A request failed (`problem`), or the item ended in a failure the user must fix (`reason`). */
  | { type: 'error'; problem?: ApiProblem; reason?: GuidanceReason; itemId?: string }
  | { type: 'closed'; step: ConnectItemStep }

export type ConnectItemEventType = ConnectItemEvent['type']

/**
 * 'pick': choose the institution; 'credentials': its login form; 'connecting':
 * following the item (MFA, device, user action, errors); 'consent': authorize at
 * the bank (Open Finance); 'success': connected.
 */
export type ConnectItemStep = 'pick' | 'credentials' | 'connecting' | 'consent' | 'success'

export interface UseConnectItemProps {
  /** Only these connectors in the picker. */
  connectorIds?: number[]
  connectorTypes?: ConnectorType[]
  /** ISO country codes, e.g. `['BR']`. */
  countries?: string[]
  /** Start on this connector's form (no picker). */
  selectedConnectorId?: number
  /** The products to fetch (`POST /items` `products`). */
  products?: ProductType[]
  /**
   * Open Finance: the bank sends the user back here with `?itemId=` appended, and
   * the consent page opens in this tab (a redirect). Without it, in a new tab.
   */
  oauthRedirectUri?: string
  /** Follow this item (reconnect it, renew its consent, or resume after the bank's redirect). */
  itemId?: string
  onSuccess?: (item: Item) => void
  onError?: (problem: ApiProblem) => void
  onEvent?: (event: ConnectItemEvent) => void
  /** Shows a close button; Escape in an empty search box closes too. */
  onClose?: () => void
}

export interface ConnectItemProps
  extends UseConnectItemProps, Omit<HTMLAttributes<HTMLElement>, 'children' | 'onError'> {
  /** Level of each step's heading; the status inside is one level below. Default 2. */
  headingLevel?: HeadingLevel
}
