import { type GuidanceWarning, type Item, type ProductKey, type ProductState } from '../model'
import { PRODUCT_KEYS } from '../model/product-key'
import { CATALOG } from '../warnings/known-warnings'
import { knownWarningIndex } from '../warnings/match-known-warning'
import { ownValue } from '../own-value'
import { defined } from './defined'
import { isObject, textOf } from './guards'

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
  return ownValue(PRODUCT_KEY_BY_TYPE, productType)
}

export type States = Array<[ProductKey, ProductState]>

/** The requested products and their state, in a stable order. */
export function productStates(item: Item): States {
  const detail = isObject(item.statusDetail) ? item.statusDetail : {}
  const detailAlias = detail as Record<string, unknown>
  const states: States = []
  for (const key of PRODUCT_KEYS) {
    const state =
      detail[key] ?? (key === 'investmentTransactions' ? detailAlias.investmentsTransactions : null)
    if (isObject(state)) states.push([key, state as unknown as ProductState])
  }
  return states
}

/** The products whose `isUpdated` is exactly `isUpdated` (not merely truthy). */
export function productsWhere(states: States, isUpdated: boolean): ProductKey[] {
  return states.filter(([, state]) => state.isUpdated === isUpdated).map(([key]) => key)
}

/** What the host may fetch when every product succeeded: what was requested, else everything. */
export function requestedProducts(item: Item, states: States) {
  if (states.length > 0) return states.map(([key]) => key)
  const fromProducts = Array.isArray(item.products)
    ? PRODUCT_KEYS.filter((key) =>
        item.products!.some((type) => typeof type === 'string' && productKeyOf(type) === key),
      )
    : []
  return fromProducts.length > 0 ? fromProducts : [...PRODUCT_KEYS]
}

export function collectWarnings(item: Item, states: States): GuidanceWarning[] {
  return states.flatMap(([product, state]) =>
    (Array.isArray(state.warnings) ? state.warnings : []).filter(isObject).map((warning) => {
      const { code, providerMessage } = warning
      const message = textOf(warning.message)
      // The catalog row without its institution texts, which warnings carry themselves.
      const known = CATALOG[knownWarningIndex(message, product, item.connector)]
      return defined({
        product,
        code: typeof code === 'string' ? code : String(code ?? ''),
        message,
        providerMessage: typeof providerMessage === 'string' ? providerMessage : undefined,
        catalogId: known?.[0],
        hint: known?.[5],
      })
    }),
  )
}
