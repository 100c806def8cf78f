import type { Item } from '../../core/model'
import { CredentialPrompt } from '../CredentialPrompt'
import { DeviceAuthorizationNotice } from '../DeviceAuthorizationNotice'
import { UserActionNotice } from '../UserActionNotice'
import type { ItemConnectionSlot } from './use-item-connection-status'

/** The form or notice that lets the user do what the banner asks. */
export function ActionSlot({
  slot,
  item,
  now,
  headingLevel,
}: {
  slot: ItemConnectionSlot | undefined
  item: Item
  now?: Date
  headingLevel: 3 | 4 | 5
}) {
  const name = item.connector?.name
  const shared = {
    now,
    connectorName: typeof name === 'string' && name.trim() ? name : undefined,
    headingLevel,
  }
  switch (slot?.kind) {
    case 'credential-form':
      return (
        <CredentialPrompt
          {...shared}
          {...slot.formProps}
          onReconnect={slot.onReconnect}
          onCancel={slot.onCancel}
        />
      )
    case 'device-authorization':
      return (
        <DeviceAuthorizationNotice
          {...shared}
          deviceNickname={slot.action.deviceNickname}
          expiresAt={slot.action.expiresAt}
          onRetry={slot.onRetry}
        />
      )
    case 'user-action':
      return (
        <UserActionNotice
          {...shared}
          userAction={slot.action.userAction}
          deviceNickname={slot.action.deviceNickname}
        />
      )
    default:
      return null
  }
}
