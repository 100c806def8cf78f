export { StatusBanner } from './StatusBanner'
export type { StatusBannerProps } from './types'
export { reasonText, type ReasonText } from './reason-text'
