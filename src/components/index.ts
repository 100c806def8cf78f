// farol components. Each folder is one component; `shared` holds pure helpers.
export * from './StatusBanner'
export * from './ProductWarningList'
export * from './ItemConnectionStatus'
export * from './CredentialPrompt'
export * from './DeviceAuthorizationNotice'
export * from './UserActionNotice'
export { accentFromPrimaryColor, contrastRatio, relativeLuminance } from './shared'
