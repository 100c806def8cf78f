import type { HTMLAttributes } from 'react'
import type { ConnectorCredential, DateLike } from '../../core/model'
import type { NowInput } from '../shared-countdown'
import type { CredentialPromptMode } from './field-plan'

export type { CredentialPromptMode }

export type CredentialValues = Record<string, string>

export interface CredentialPromptProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'children' | 'onSubmit'
> {
  /** `connector.credentials` (login form) or `[item.parameter]` (MFA). */
  fields: ConnectorCredential[]
  /** Default `credentials`. `mfa` asks for one-time answers. */
  mode?: CredentialPromptMode
  /**
   * Receives the typed values, keyed by field `name`. The form ignores further
   * submits while a returned promise is pending. It clears its values once the
   * submit succeeds; a throw or a rejected promise keeps them for the user to fix.
   */
  onSubmit: (values: CredentialValues) => void | Promise<unknown>
  /** The host is sending (e.g. a mutation is pending): the form is disabled. */
  submitting?: boolean
  /** Errors from the API (400), by field `name`; form-level ones under `''`. */
  fieldErrors?: Record<string, string[]>
  /** Answer before this time. Default: the earliest `expiresAt` of the fields. */
  expiresAt?: DateLike
  /**
   * The current time. A `Date` freezes the clock there (tests, stories: the countdown
   * stands still); a function `() => Date` is read on every tick, so it can run. Default:
   * the real clock.
   */
  now?: NowInput
  /** Continue elsewhere (e.g. Pluggy Connect update mode) when a field cannot be shown here. */
  onReconnect?: () => void
  onCancel?: () => void
  connectorName?: string
  /** Level of the heading, default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6
}
