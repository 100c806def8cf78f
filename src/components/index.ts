// farol components. Each folder is one component; `shared` holds pure helpers.
export { StatusBanner, type StatusBannerProps } from './StatusBanner'
export { ProductWarningList, type ProductWarningListProps } from './ProductWarningList'
export {
  ItemConnectionStatus,
  ItemConnectionStatusView,
  ConnectedItemStatus,
  ItemStatusPlaceholder,
  type ConnectedItemStatusProps,
  type ItemStatusPlaceholderProps,
  type ItemConnectionHandlers,
  type ItemConnectionStatusProps,
  type ItemConnectionStatusViewProps,
} from './ItemConnectionStatus'
export * from './CredentialPrompt'
export * from './DeviceAuthorizationNotice'
export * from './UserActionNotice'
export { accentFromPrimaryColor, type ThemeName } from './shared'
export * from './ConnectionList'
export * from './ConnectionsSummary'
