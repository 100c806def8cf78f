export { FarolProvider } from './FarolProvider'
export type { FarolProviderProps } from './FarolProvider'
export { useFarol } from './context'
export type { FarolContextValue, FarolTheme } from './context'
export { farolKeys } from './query-keys'
export type { ConnectorQueryKey, ItemQueryKey } from './query-keys'
export {
  connectorQueryOptions,
  CONNECTOR_STALE_TIME_MS,
  itemQueryOptions,
  ITEM_STALE_TIME_MS,
} from './query-options'
export type { ConnectorQueryOptions, FarolQueryOptions, ItemQueryOptions } from './query-options'
export { useItem } from './use-item'
export type { UseItemOptions, UseItemResult } from './use-item'
export { useItemGuidance } from './use-item-guidance'
export type { UseItemGuidanceResult } from './use-item-guidance'
export type { GuidanceOptions } from './guidance-options'
export { useUpdateItem } from './use-update-item'
export type { UseUpdateItemResult } from './use-update-item'
export { useSubmitMfa } from './use-submit-mfa'
export type { UseSubmitMfaResult } from './use-submit-mfa'
export { useConnector } from './use-connector'
export type { UseConnectorResult } from './use-connector'
export { createEventSourceEvents } from './create-event-source-events'
export type { EventSourceEventsOptions } from './create-event-source-events'
export type { FarolEvents, FarolItemEvent } from './events'
