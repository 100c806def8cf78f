import { ConnectedItemStatus, type ConnectedItemStatusProps } from './ConnectedItemStatus'
import { ItemConnectionStatusView } from './ItemConnectionStatusView'
import type { ItemConnectionStatusViewProps } from './types'

export type ItemConnectionStatusProps =
  (ItemConnectionStatusViewProps & { itemId?: never }) | ConnectedItemStatusProps

/**
 * The composite. Given `itemId` (inside a `FarolProvider`) it polls the item and
 * wires retry, credentials and MFA to the API; given `item` it only presents.
 */
export function ItemConnectionStatus(props: ItemConnectionStatusProps) {
  return props.itemId !== undefined ? (
    <ConnectedItemStatus {...props} />
  ) : (
    <ItemConnectionStatusView {...props} />
  )
}
