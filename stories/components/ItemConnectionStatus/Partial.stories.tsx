import type { Meta } from '@storybook/react-vite'
import {
  connectionMeta,
  reasonStory,
  type ConnectionArgs,
  type ConnectionStory,
} from './connection-args'

const meta = {
  title: 'Components/ItemConnectionStatus/Partial',
  tags: ['autodocs'],
  ...connectionMeta('partial'),
} satisfies Meta<ConnectionArgs>
export default meta

export const PartialSuccess: ConnectionStory = reasonStory('partial-success')
