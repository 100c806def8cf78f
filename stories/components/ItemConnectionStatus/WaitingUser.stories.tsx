import type { Meta } from '@storybook/react-vite'
import {
  connectionMeta,
  reasonStory,
  type ConnectionArgs,
  type ConnectionStory,
} from './connection-args'

const meta = {
  title: 'Components/ItemConnectionStatus/Waiting for the user',
  tags: ['autodocs'],
  ...connectionMeta('waiting-user'),
} satisfies Meta<ConnectionArgs>
export default meta

export const Mfa: ConnectionStory = { ...reasonStory('mfa'), name: 'MFA' }
export const MfaExpired: ConnectionStory = { ...reasonStory('mfa-expired'), name: 'MFA Expired' }
export const UserAction: ConnectionStory = reasonStory('user-action')
export const UserActionExpired: ConnectionStory = reasonStory('user-action-expired')
export const DeviceAuthorization: ConnectionStory = reasonStory('device-authorization')
