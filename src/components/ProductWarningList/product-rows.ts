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
  warnings?: readonly GuidanceWarning[]
  failedProducts?: readonly ProductKey[]
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** Warnings straight from `statusDetail`, for callers without a guidance. */
export function warningsFromStatusDetail(statusDetail: StatusDetail | null | undefined) {
  const out: GuidanceWarning[] = []
  for (const product of PRODUCT_KEYS) {
    const state = statusDetail?.[product]
    if (!isObject(state) || !Array.isArray(state.warnings)) continue
    for (const warning of state.warnings) if (isObject(warning)) out.push({ ...warning, product })
  }
  return out
}

/**
 * One row per product that was requested (non-null in `statusDetail`), failed, or
 * has warnings; in Pluggy's product order.
 */
export function productRows({ statusDetail, warnings = [], failedProducts = [] }: ProductRowInput) {
  const rows: ProductRow[] = []
  for (const product of PRODUCT_KEYS) {
    const state = statusDetail?.[product]
    const own = warnings.filter((warning) => warning.product === product)
    const failed =
      failedProducts.includes(product) || (isObject(state) && state.isUpdated === false)
    if (!isObject(state) && !failed && own.length === 0) continue
    rows.push({
      product,
      state: failed ? 'failed' : 'updated',
      ...(isObject(state) && { lastUpdatedAt: state.lastUpdatedAt }),
      warnings: own,
    })
  }
  return rows
}
