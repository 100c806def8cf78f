export { StatusBanner } from './StatusBanner'
export type { StatusBannerProps } from './types'
export { reasonText, type ReasonText } from './reason-text'
export {
  useStatusBanner,
  type StatusBannerButton,
  type StatusBannerState,
} from './use-status-banner'
