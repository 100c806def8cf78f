import { type GuidanceWarning, type Item, type ProductKey, type ProductState } from '../model'
import { PRODUCT_KEYS } from '../model/product-key'
import { CATALOG } from '../warnings/known-warnings'
import { knownWarningIndex } from '../warnings/match-known-warning'
import { own } from '../own'

/** Pluggy's `ProductType` names → `statusDetail` keys. */
const PRODUCT_KEY_BY_TYPE: Record<string, ProductKey> = {
  ACCOUNTS: 'accounts',
  CREDIT_CARDS: 'creditCards',
  TRANSACTIONS: 'transactions',
  INVESTMENTS: 'investments',
  INVESTMENTS_TRANSACTIONS: 'investmentTransactions',
  IDENTITY: 'identity',
  PAYMENT_DATA: 'paymentData',
  LOANS: 'loans',
  ACCOUNT_STATEMENTS: 'accountStatements',
}

export function productKeyOf(productType: string): ProductKey | undefined {
  return own(PRODUCT_KEY_BY_TYPE, productType)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** The requested products and their state, in a stable order. */
export function productStates(item: Item): Array<[ProductKey, ProductState]> {
  const detail = isObject(item.statusDetail) ? item.statusDetail : {}
  const detailAlias = detail as Record<string, unknown>
  const states: Array<[ProductKey, ProductState]> = []
  for (const key of PRODUCT_KEYS) {
    const state =
      detail[key] ?? (key === 'investmentTransactions' ? detailAlias.investmentsTransactions : null)
    if (isObject(state)) states.push([key, state as unknown as ProductState])
  }
  return states
}

/** What the host may fetch when every product succeeded: what was requested, else everything. */
export function requestedProducts(item: Item, states: Array<[ProductKey, ProductState]>) {
  if (states.length > 0) return states.map(([key]) => key)
  const fromProducts = Array.isArray(item.products)
    ? PRODUCT_KEYS.filter((key) =>
        item.products!.some((type) => typeof type === 'string' && productKeyOf(type) === key),
      )
    : []
  return fromProducts.length > 0 ? fromProducts : [...PRODUCT_KEYS]
}

export function collectWarnings(
  item: Item,
  states: Array<[ProductKey, ProductState]>,
): GuidanceWarning[] {
  const warnings: GuidanceWarning[] = []
  for (const [product, state] of states) {
    if (!Array.isArray(state.warnings)) continue
    for (const warning of state.warnings) {
      if (!isObject(warning)) continue
      const code = typeof warning.code === 'string' ? warning.code : String(warning.code ?? '')
      const message = typeof warning.message === 'string' ? warning.message : ''
      const providerMessage =
        typeof warning.providerMessage === 'string' ? warning.providerMessage : undefined
      // The catalog row without its institution texts, which warnings carry themselves.
      const known = CATALOG[knownWarningIndex({ code, message }, product, item.connector)]
      warnings.push({
        product,
        code,
        message,
        ...(providerMessage !== undefined && { providerMessage }),
        ...(known && { catalogId: known[0] }),
        ...(known?.[5] && { hint: known[5] }),
      })
    }
  }
  return warnings
}
