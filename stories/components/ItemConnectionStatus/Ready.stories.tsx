import type { Meta } from '@storybook/react-vite'
import {
  connectionMeta,
  reasonStory,
  type ConnectionArgs,
  type ConnectionStory,
} from './connection-args'

const meta = {
  title: 'Components/ItemConnectionStatus/Ready',
  tags: ['autodocs'],
  ...connectionMeta('ready'),
} satisfies Meta<ConnectionArgs>
export default meta

export const Updated: ConnectionStory = reasonStory('updated')
export const ConsentExpiring: ConnectionStory = reasonStory('consent-expiring')
export const ConsentExpired: ConnectionStory = reasonStory('consent-expired')
