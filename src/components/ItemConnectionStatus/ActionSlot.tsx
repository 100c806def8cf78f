import type { Item } from '../../core/model'
import { CredentialPrompt } from '../CredentialPrompt'
import { DeviceAuthorizationNotice } from '../DeviceAuthorizationNotice'
import { UserActionNotice } from '../UserActionNotice'
import type { HeadingLevel } from '../shared'
import type { SlotPlan } from './slot-plan'
import type { ItemConnectionHandlers } from './types'

export interface ActionSlotProps extends ItemConnectionHandlers {
  plan: SlotPlan
  item: Item
  now?: Date
  submitting?: boolean
  fieldErrors?: Record<string, string[]>
  headingLevel: HeadingLevel
  /** "I've authorized it" on the device notice. */
  onDeviceRetry?: () => void
  /** Closes a credential form the user opened from a secondary action. */
  onCloseForm?: () => void
}

/** The form or notice that lets the user do what the banner asks. */
export function ActionSlot({
  plan,
  item,
  now,
  submitting,
  fieldErrors,
  headingLevel,
  onSubmitCredentials,
  onSubmitMfa,
  onReconnect,
  onDeviceRetry,
  onCloseForm,
}: ActionSlotProps) {
  const connectorName =
    typeof item.connector?.name === 'string' && item.connector.name.trim()
      ? item.connector.name
      : undefined
  const level = (headingLevel + 1) as 3 | 4 | 5
  switch (plan.kind) {
    case 'credentials':
      return onSubmitCredentials ? (
        <CredentialPrompt
          fields={plan.action.fields}
          mode="credentials"
          onSubmit={onSubmitCredentials}
          submitting={submitting}
          fieldErrors={fieldErrors}
          now={now}
          onReconnect={onReconnect}
          onCancel={onCloseForm}
          connectorName={connectorName}
          headingLevel={level}
        />
      ) : null
    case 'mfa':
      return onSubmitMfa ? (
        <CredentialPrompt
          fields={[plan.action.parameter]}
          mode="mfa"
          onSubmit={onSubmitMfa}
          submitting={submitting}
          fieldErrors={fieldErrors}
          expiresAt={plan.action.expiresAt}
          now={now}
          onReconnect={onReconnect}
          connectorName={connectorName}
          headingLevel={level}
        />
      ) : null
    case 'device':
      return (
        <DeviceAuthorizationNotice
          deviceNickname={plan.action.deviceNickname}
          expiresAt={plan.action.expiresAt}
          connectorName={connectorName}
          now={now}
          onRetry={onDeviceRetry}
          headingLevel={level}
        />
      )
    case 'user-action':
      return (
        <UserActionNotice
          userAction={plan.action.userAction}
          now={now}
          connectorName={connectorName}
          headingLevel={level}
        />
      )
    default:
      return null
  }
}
