import type { Item } from '../../core/model'
import { CredentialPrompt } from '../CredentialPrompt'
import { DeviceAuthorizationNotice } from '../DeviceAuthorizationNotice'
import { UserActionNotice } from '../UserActionNotice'
import type { HeadingLevel } from '../shared'
import type { SlotAction } from './slot-plan'
import type { ItemConnectionHandlers } from './types'

export interface ActionSlotProps extends ItemConnectionHandlers {
  action: SlotAction | undefined
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
  action,
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
  const name = item.connector?.name
  const shared = {
    now,
    connectorName: typeof name === 'string' && name.trim() ? name : undefined,
    headingLevel: (headingLevel + 1) as 3 | 4 | 5,
  }
  const form = { ...shared, submitting, fieldErrors, onReconnect }
  switch (action?.type) {
    case 'update-credentials':
      return onSubmitCredentials ? (
        <CredentialPrompt
          {...form}
          mode="credentials"
          fields={action.fields}
          onSubmit={onSubmitCredentials}
          onCancel={onCloseForm}
        />
      ) : null
    case 'provide-mfa':
      return onSubmitMfa ? (
        <CredentialPrompt
          {...form}
          mode="mfa"
          fields={[action.parameter]}
          expiresAt={action.expiresAt}
          onSubmit={onSubmitMfa}
        />
      ) : null
    case 'authorize-device':
      return (
        <DeviceAuthorizationNotice
          {...shared}
          deviceNickname={action.deviceNickname}
          expiresAt={action.expiresAt}
          onRetry={onDeviceRetry}
        />
      )
    case 'complete-user-action':
      return <UserActionNotice {...shared} userAction={action.userAction} />
    default:
      return null
  }
}
