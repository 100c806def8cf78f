export { ProductWarningList } from './ProductWarningList'
export type { ProductWarningListProps } from './types'
export { productRows, type ProductRow, type ProductRowState } from './product-rows'
