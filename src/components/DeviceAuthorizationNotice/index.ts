export { DeviceAuthorizationNotice } from './DeviceAuthorizationNotice'
export type { DeviceAuthorizationNoticeProps } from './types'
