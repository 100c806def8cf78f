export { ConnectionList, type ConnectionListProps } from './ConnectionList'
export { ConnectionRow, type ConnectionRowProps } from './ConnectionRow'
export {
  useConnectionList,
  type ConnectionListHandlers,
  type ConnectionListResult,
  type ConnectionListState,
  type RowBinding,
  type UseConnectionListProps,
} from './use-connection-list'
export {
  useConnectionRow,
  type ConnectionRowState,
  type UseConnectionRowProps,
} from './use-connection-row'
export type { RowTime } from './row-time'
