// farol components and their hooks (internal barrel: src/index.ts lists the public names).
// Each folder is one component; `shared` holds pure helpers.
export * from './StatusBanner'
export { ProductWarningList, type ProductWarningListProps } from './ProductWarningList'
export * from './ItemConnectionStatus'
/** The same component: `ItemConnectionStatus` given an `item` (internal name kept for tests). */
export { ItemConnectionStatus as ItemConnectionStatusView } from './ItemConnectionStatus'
export * from './CredentialPrompt'
export * from './DeviceAuthorizationNotice'
export * from './UserActionNotice'
export { accentFromPrimaryColor, type ThemeName } from './shared'
export { useCountdown, type Countdown } from './shared-countdown'
export * from './ConnectionList'
export * from './ConnectionsSummary'
export * from './ConnectorPicker'
export * from './ConnectItem'
