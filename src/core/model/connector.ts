import type { DateLike, Open } from './open'

export const CONNECTOR_TYPES = [
  'PERSONAL_BANK',
  'BUSINESS_BANK',
  'INVOICE',
  'INVESTMENT',
  'TELECOMMUNICATION',
  'DIGITAL_ECONOMY',
  'PAYMENT_ACCOUNT',
  'OTHER',
] as const
export type ConnectorType = Open<(typeof CONNECTOR_TYPES)[number]>

/** Pluggy's product names (`products` on items and connectors). */
export const PRODUCT_TYPES = [
  'ACCOUNTS',
  'CREDIT_CARDS',
  'TRANSACTIONS',
  'PAYMENT_DATA',
  'INVESTMENTS',
  'INVESTMENTS_TRANSACTIONS',
  'IDENTITY',
  'BROKERAGE_NOTE',
  'MOVE_SECURITY',
  'LOANS',
  'ACCOUNT_STATEMENTS',
] as const
export type ProductType = Open<(typeof PRODUCT_TYPES)[number]>

/** `oauth` is not in pluggy-sdk's list but has been seen on the wire. */
export const CREDENTIAL_TYPES = [
  'number',
  'password',
  'text',
  'image',
  'select',
  'ethaddress',
  'hcaptcha',
  'oauth',
] as const
export type CredentialType = Open<(typeof CREDENTIAL_TYPES)[number]>

export interface CredentialSelectOption {
  value: string
  label: string
}

/** A field of a connector's login form, or the MFA prompt in `item.parameter`. */
export interface ConnectorCredential {
  label: string
  name: string
  type?: CredentialType
  mfa?: boolean
  /** For `image`: the QR code or picture (data URL or base64). For `oauth`: the URL. */
  data?: string
  assistiveText?: string
  options?: CredentialSelectOption[]
  /** A regular expression the value must match (server-side syntax). */
  validation?: string
  validationMessage?: string
  placeholder?: string
  optional?: boolean
  /** MFA only: what the user must do. */
  instructions?: string
  /** MFA only: answer before this time. */
  expiresAt?: DateLike
}

export const CONNECTOR_HEALTH_STATUSES = ['ONLINE', 'OFFLINE', 'UNSTABLE'] as const
export type ConnectorHealthStatus = Open<(typeof CONNECTOR_HEALTH_STATUSES)[number]>

export interface ConnectorHealth {
  status: ConnectorHealthStatus
  stage?: Open<'BETA'> | null
  details?: {
    connectionRateLast6Hours: number | null
    connectionsLast6Hours: number | null
    error?: string
  }
}

export interface Connector {
  id: number
  name: string
  institutionUrl?: string
  imageUrl?: string
  /** Hex colour without `#`, e.g. `ef294b`. */
  primaryColor?: string
  type?: ConnectorType
  country?: string
  credentials?: ConnectorCredential[]
  hasMFA?: boolean
  oauth?: boolean
  oauthUrl?: string
  health?: ConnectorHealth
  isOpenFinance?: boolean
  isSandbox?: boolean
  resetPasswordUrl?: string
  products?: ProductType[]
  createdAt?: DateLike
  updatedAt?: DateLike
}

/** `GET /connectors` query parameters. `name` is a fuzzy search. */
export interface ConnectorFilters {
  name?: string
  types?: ConnectorType[]
  /** ISO country codes, e.g. `BR`. */
  countries?: string[]
  isOpenFinance?: boolean
  /** `false` leaves out sandbox connectors. */
  sandbox?: boolean
  ids?: number[]
}

/** What `POST /items` takes besides the connector and its credentials. */
export interface CreateItemOptions {
  webhookUrl?: string
  clientUserId?: string
  products?: ProductType[]
  /** Where the bank sends the user back after an Open Finance consent (`?itemId=` appended). */
  oauthRedirectUri?: string
  /** Answer `ITEM_USER_ALREADY_EXISTS` with the existing items instead of creating a duplicate. */
  avoidDuplicates?: boolean
}
