import type { ProductKey } from '../core'

/** `describeItem` options, as the hooks take them. */
export interface GuidanceOptions {
  /** Products whose failure is an internal alert (default: transactions). */
  criticalProducts?: ProductKey[]
  /** Warn this many days before Open Finance consent expires. */
  consentWarningDays?: number
  /** The clock, for tests and stories. */
  now?: Date
}
