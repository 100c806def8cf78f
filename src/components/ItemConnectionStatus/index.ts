export { ItemConnectionStatus } from './ItemConnectionStatus'
export type {
  ConnectedItemStatusProps,
  ItemConnectionHandlers,
  ItemConnectionStatusProps,
  ItemConnectionStatusViewProps,
} from './types'
export {
  useItemConnectionStatus,
  type ItemConnectionSlot,
  type ItemConnectionSource,
  type ItemConnectionStatusState,
} from './use-item-connection-status'
