import type { Meta } from '@storybook/react-vite'
import {
  connectionMeta,
  reasonStory,
  type ConnectionArgs,
  type ConnectionStory,
} from './connection-args'

const meta = {
  title: 'Components/ItemConnectionStatus/Outdated',
  tags: ['autodocs'],
  ...connectionMeta('outdated'),
} satisfies Meta<ConnectionArgs>
export default meta

export const SiteNotAvailable: ConnectionStory = reasonStory('site-not-available')
export const ConnectionError: ConnectionStory = reasonStory('connection-error')
export const UnexpectedError: ConnectionStory = reasonStory('unexpected-error')
export const InputTimeout: ConnectionStory = reasonStory('input-timeout')
export const Outdated: ConnectionStory = {
  ...reasonStory('outdated'),
  name: 'Outdated (Unknown Code)',
}
