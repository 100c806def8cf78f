export { ConnectorPicker, type ConnectorPickerProps } from './ConnectorPicker'
export {
  useConnectorPicker,
  type ConnectorPickerResult,
  type ConnectorPickerState,
  type OptionHandlers,
  type UseConnectorPickerProps,
} from './use-connector-picker'
export type { PickerOption } from './match'
