export { UserActionNotice } from './UserActionNotice'
export type { UserActionNoticeProps } from './types'
