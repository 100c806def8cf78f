import type { ExecutionStatus, ProductKey, ProductType } from '../../core'

interface ProductRow {
  type: ProductType
  key: ProductKey
  /** The `executionStatus` while this product is being collected. */
  step: ExecutionStatus
}

/** Pluggy's products in collection order, with their `statusDetail` key and sync step. */
export const PRODUCT_ROWS: readonly ProductRow[] = [
  { type: 'ACCOUNTS', key: 'accounts', step: 'ACCOUNTS_IN_PROGRESS' },
  { type: 'CREDIT_CARDS', key: 'creditCards', step: 'CREDITCARDS_IN_PROGRESS' },
  { type: 'TRANSACTIONS', key: 'transactions', step: 'TRANSACTIONS_IN_PROGRESS' },
  { type: 'PAYMENT_DATA', key: 'paymentData', step: 'PAYMENT_DATA_IN_PROGRESS' },
  { type: 'INVESTMENTS', key: 'investments', step: 'INVESTMENTS_IN_PROGRESS' },
  {
    type: 'INVESTMENTS_TRANSACTIONS',
    key: 'investmentTransactions',
    step: 'INVESTMENTS_TRANSACTIONS_IN_PROGRESS',
  },
  { type: 'IDENTITY', key: 'identity', step: 'IDENTITY_IN_PROGRESS' },
  { type: 'LOANS', key: 'loans', step: 'LOANS_IN_PROGRESS' },
  { type: 'ACCOUNT_STATEMENTS', key: 'accountStatements', step: 'ACCOUNT_STATEMENTS_IN_PROGRESS' },
]

/** The `statusDetail` keys of a list of product types, in collection order. */
export function productKeysOf(types: readonly string[]): ProductKey[] {
  return PRODUCT_ROWS.filter((row) => types.includes(row.type)).map((row) => row.key)
}

export function stepOf(key: ProductKey): ExecutionStatus {
  return PRODUCT_ROWS.find((row) => row.key === key)?.step ?? 'ACCOUNTS_IN_PROGRESS'
}
