import { ItemConnectionStatusView } from './ItemConnectionStatusView'
import type { ItemConnectionStatusViewProps } from './types'

export type ItemConnectionStatusProps = ItemConnectionStatusViewProps

/**
 * The composite. For now presentational (`item` in props); the hooks layer adds
 * an `itemId` mode that polls and wires the mutations, rendering the view below.
 */
export function ItemConnectionStatus(props: ItemConnectionStatusProps) {
  return <ItemConnectionStatusView {...props} />
}
