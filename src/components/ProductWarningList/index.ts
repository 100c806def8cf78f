export { ProductWarningList } from './ProductWarningList'
export type { ProductWarningListProps } from './types'
