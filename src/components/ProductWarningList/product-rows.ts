import {
  PRODUCT_KEYS,
  type GuidanceWarning,
  type ProductKey,
  type ProductState,
  type StatusDetail,
} from '../../core/model'

export type ProductRowState = 'updated' | 'failed'

export interface ProductRow {
  product: ProductKey
  state: ProductRowState
  lastUpdatedAt?: ProductState['lastUpdatedAt']
  warnings: GuidanceWarning[]
}

export interface ProductRowInput {
  statusDetail?: StatusDetail | null
  /** Default: the warnings in `statusDetail` (for callers without a guidance). */
  warnings?: readonly GuidanceWarning[]
  failedProducts?: readonly ProductKey[]
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/**
 * One row per product that was requested (non-null in `statusDetail`), failed, or
 * has warnings; in Pluggy's product order.
 */
export function productRows({ statusDetail, warnings, failedProducts = [] }: ProductRowInput) {
  const rows: ProductRow[] = []
  for (const product of PRODUCT_KEYS) {
    const state = statusDetail?.[product]
    const detail = isObject(state) ? state : undefined
    const own = warnings
      ? warnings.filter((warning) => warning.product === product)
      : Array.isArray(detail?.warnings)
        ? detail.warnings.filter(isObject).map((warning) => ({ ...warning, product }))
        : []
    const failed = failedProducts.includes(product) || detail?.isUpdated === false
    if (!detail && !failed && own.length === 0) continue
    rows.push({
      product,
      state: failed ? 'failed' : 'updated',
      ...(detail && { lastUpdatedAt: detail.lastUpdatedAt }),
      warnings: own,
    })
  }
  return rows
}
