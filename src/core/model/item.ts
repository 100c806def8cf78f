import type { Connector, ConnectorCredential, ProductType } from './connector'
import type { DateLike, Open } from './open'
import type { ProductKey } from './product-key'

export const ITEM_STATUSES = [
  'UPDATED',
  'UPDATING',
  'WAITING_USER_INPUT',
  'WAITING_USER_ACTION',
  'MERGING',
  'LOGIN_ERROR',
  'OUTDATED',
  'CREATED',
] as const
export type ItemStatus = Open<(typeof ITEM_STATUSES)[number]>

export const EXECUTION_ERROR_CODES = [
  'INVALID_CREDENTIALS',
  'ALREADY_LOGGED_IN',
  'UNEXPECTED_ERROR',
  'INVALID_CREDENTIALS_MFA',
  'SITE_NOT_AVAILABLE',
  'ACCOUNT_LOCKED',
  'ACCOUNT_CREDENTIALS_RESET',
  'CONNECTION_ERROR',
  'ACCOUNT_NEEDS_ACTION',
  'USER_AUTHORIZATION_PENDING',
  'USER_AUTHORIZATION_NOT_GRANTED',
  'USER_AUTHORIZATION_REVOKED',
  'USER_NOT_SUPPORTED',
  'USER_INPUT_TIMEOUT',
] as const
export type ItemErrorCode = Open<(typeof EXECUTION_ERROR_CODES)[number]>

export const IN_PROGRESS_EXECUTION_STATUSES = [
  'CREATING',
  'CREATED',
  'LOGIN_IN_PROGRESS',
  'LOGIN_MFA_IN_PROGRESS',
  'ACCOUNTS_IN_PROGRESS',
  'TRANSACTIONS_IN_PROGRESS',
  'PAYMENT_DATA_IN_PROGRESS',
  'CREDITCARDS_IN_PROGRESS',
  'INVESTMENTS_IN_PROGRESS',
  'INVESTMENTS_TRANSACTIONS_IN_PROGRESS',
  'INVESTMENT_TRANSACTIONS_IN_PROGRESS',
  'IDENTITY_IN_PROGRESS',
  'LOANS_IN_PROGRESS',
  'ACCOUNT_STATEMENTS_IN_PROGRESS',
  'MOVE_SECURITY_IN_PROGRESS',
  'OPPORTUNITIES_IN_PROGRESS',
  'PORTFOLIO_IN_PROGRESS',
  'INCOME_REPORTS_IN_PROGRESS',
  'BENEFITS_IN_PROGRESS',
  'ACQUIRER_OPERATIONS_IN_PROGRESS',
  'MERGING',
] as const

export const EXECUTION_STATUSES = [
  ...IN_PROGRESS_EXECUTION_STATUSES,
  'WAITING_USER_INPUT',
  'WAITING_USER_ACTION',
  'CREATE_ERROR',
  ...EXECUTION_ERROR_CODES,
  'MERGE_ERROR',
  'ERROR',
  'SUCCESS',
  'PARTIAL_SUCCESS',
  'FINISHED',
] as const
export type ExecutionStatus = Open<(typeof EXECUTION_STATUSES)[number]>

export interface ItemError {
  code: ItemErrorCode
  message: string
  /** The institution's own words, in Portuguese: show verbatim, as text. */
  providerMessage?: string
  attributes?: Record<string, string>
}

export interface ProductWarning {
  code: string
  message: string
  providerMessage?: string
}

export interface ProductState {
  isUpdated: boolean
  lastUpdatedAt: DateLike | null
  warnings?: ProductWarning[]
}

/** Per product: its state, or `null` when the product was not requested. */
export type StatusDetail = Partial<Record<ProductKey, ProductState | null>>

export interface UserAction {
  instructions: string
  type: Open<'qr' | 'authorize-access'>
  attributes?: Record<string, string>
  expiresAt?: DateLike
}

/**
 * A Pluggy Item (a bank connection). `parseItem` returns this with dates as
 * ISO strings; pluggy-sdk's `Item` (with `Date`s) is accepted as well.
 */
export interface Item {
  id: string
  connector?: Connector
  status: ItemStatus
  executionStatus?: ExecutionStatus
  error?: ItemError | null
  statusDetail?: StatusDetail | null
  parameter?: ConnectorCredential | null
  userAction?: UserAction | null
  createdAt?: DateLike
  updatedAt?: DateLike
  lastUpdatedAt?: DateLike | null
  webhookUrl?: string | null
  clientUserId?: string | null
  consecutiveFailedLoginAttempts?: number
  nextAutoSyncAt?: DateLike | null
  consentExpiresAt?: DateLike | null
  autoSyncDisabledAt?: DateLike | null
  products?: ProductType[]
  oauthRedirectUri?: string | null
}
