export { ConnectItem } from './ConnectItem'
export type {
  ConnectItemEvent,
  ConnectItemEventType,
  ConnectItemProps,
  ConnectItemStep,
  UseConnectItemProps,
} from './types'
export {
  useConnectItem,
  type ConnectItemConsent,
  type ConnectItemState,
  type CreateProblem,
} from './use-connect-item'
