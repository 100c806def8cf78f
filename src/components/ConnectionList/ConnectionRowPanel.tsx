import type { DescribeItemOptions, Item } from '../../core'
import { ItemConnectionStatus } from '../ItemConnectionStatus'
import type { HeadingLevel } from '../shared'
import type { ConnectionListHandlers } from './use-connection-list'

export interface ConnectionRowPanelProps {
  itemId: string
  /** Presentational mode: the item (else `itemId` is polled). */
  item?: Item
  now?: Date
  describeOptions?: Omit<DescribeItemOptions, 'now'>
  headingLevel: HeadingLevel
  handlers: ConnectionListHandlers
}

/** An open row's content: that connection's `ItemConnectionStatus`, its handlers bound to the id. */
export function ConnectionRowPanel({
  itemId,
  item,
  now,
  describeOptions,
  headingLevel,
  handlers,
}: ConnectionRowPanelProps) {
  const { onReconnect, onAction, onRetry, onSubmitCredentials, onSubmitMfa } = handlers
  const shared = {
    now,
    describeOptions,
    headingLevel,
    onReconnect: onReconnect && (() => onReconnect(itemId)),
    onAction: onAction && ((action: Parameters<typeof onAction>[1]) => onAction(itemId, action)),
  }
  if (!item || typeof item !== 'object') return <ItemConnectionStatus itemId={itemId} {...shared} />
  return (
    <ItemConnectionStatus
      item={item}
      {...shared}
      onRetry={onRetry && (() => onRetry(itemId))}
      onSubmitCredentials={onSubmitCredentials && ((values) => onSubmitCredentials(itemId, values))}
      onSubmitMfa={onSubmitMfa && ((values) => onSubmitMfa(itemId, values))}
    />
  )
}
