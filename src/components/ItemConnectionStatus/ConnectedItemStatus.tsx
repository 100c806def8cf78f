import { useItemGuidance } from '../../react/use-item-guidance'
import { ItemConnectionStatusView } from './ItemConnectionStatusView'
import { ItemStatusPlaceholder } from './ItemStatusPlaceholder'
import type { ItemConnectionStatusViewProps } from './types'

type Wired =
  | 'item'
  | 'guidance'
  | 'submitting'
  | 'fieldErrors'
  | 'refreshError'
  | 'actionError'
  | 'onRetry'
  | 'onSubmitCredentials'
  | 'onSubmitMfa'

export interface ConnectedItemStatusProps extends Omit<ItemConnectionStatusViewProps, Wired> {
  /** The item to poll and act on (inside a `FarolProvider`). */
  itemId: string
  item?: never
}

/**
 * `ItemConnectionStatus` in `itemId` mode: polls the item (one poller per
 * item, however many of these are on the page) and wires retry, the
 * credential form and the MFA prompt to the API.
 */
export function ConnectedItemStatus({
  itemId,
  describeOptions,
  now,
  ...rest
}: ConnectedItemStatusProps) {
  const state = useItemGuidance(itemId, { ...describeOptions, now })
  const { item, guidance, refetch } = state
  if (!item || !guidance) {
    return (
      <ItemStatusPlaceholder
        error={state.isLoading ? undefined : state.error}
        onRetry={() => void refetch()}
        className={rest.className}
        style={rest.style}
      />
    )
  }
  return (
    <ItemConnectionStatusView
      {...rest}
      item={item}
      guidance={guidance}
      now={now}
      submitting={state.isSubmitting}
      fieldErrors={state.fieldErrors}
      refreshError={state.refreshError}
      actionError={state.actionError}
      onRetry={() => void state.retry()}
      onSubmitCredentials={state.submitCredentials}
      onSubmitMfa={state.submitMfa}
    />
  )
}
