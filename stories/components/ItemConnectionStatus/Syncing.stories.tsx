import type { Meta } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { farolText } from '../../support/farol-text'
import {
  connectionMeta,
  reasonStory,
  type ConnectionArgs,
  type ConnectionStory,
} from './connection-args'

const meta = {
  title: 'Components/ItemConnectionStatus/Syncing',
  tags: ['autodocs'],
  ...connectionMeta('syncing'),
} satisfies Meta<ConnectionArgs>
export default meta

export const Syncing: ConnectionStory = {
  ...reasonStory('syncing'),
  play: async (context) => {
    const t = await farolText(context)
    const canvas = within(context.canvasElement)
    // Another language arrives a moment after the first render (pt-BR meanwhile).
    await expect(await canvas.findByText(t.status.step.transactions)).toBeVisible()
    await expect(canvas.getByRole('progressbar')).toHaveAccessibleName(t.status.progressLabel)
  },
}
