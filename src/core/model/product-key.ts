/** The `statusDetail` keys. Pluggy's `ProductType` names map onto these. */
export const PRODUCT_KEYS = [
  'accounts',
  'creditCards',
  'transactions',
  'investments',
  'investmentTransactions',
  'identity',
  'paymentData',
  'loans',
  'accountStatements',
] as const
export type ProductKey = (typeof PRODUCT_KEYS)[number]
