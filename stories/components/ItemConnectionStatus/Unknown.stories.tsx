import type { Meta } from '@storybook/react-vite'
import {
  connectionMeta,
  reasonStory,
  type ConnectionArgs,
  type ConnectionStory,
} from './connection-args'

const meta = {
  title: 'Components/ItemConnectionStatus/Unknown',
  tags: ['autodocs'],
  ...connectionMeta('unknown'),
} satisfies Meta<ConnectionArgs>
export default meta

export const Unknown: ConnectionStory = reasonStory('unknown')
