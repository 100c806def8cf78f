import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { ConnectionsSummary } from '../../src/components/ConnectionsSummary'
import { farolText, fill } from '../support/farol-text'
import { NOW, allReady, connections } from './connection-samples'

const meta = {
  title: 'Components/ConnectionsSummary',
  component: ConnectionsSummary,
  tags: ['autodocs'],
  args: { items: connections(6), now: NOW, href: '#connections', onNavigate: fn() },
} satisfies Meta<typeof ConnectionsSummary>

export default meta
type Story = StoryObj<typeof meta>

/** Six connections, two need the user: a link to the list. */
export const Six: Story = {
  play: async (context) => {
    const t = await farolText(context)
    const link = within(context.canvasElement).getByRole('link', {
      name: fill(t.connections.summary.needsUser_other, { count: 2 }),
    })
    await userEvent.click(link)
    await expect(context.args.onNavigate).toHaveBeenCalled()
  },
}
export const Empty: Story = { args: { items: [] } }
export const OneNeedsYou: Story = {
  args: { items: connections(1, ['mfa']) },
  play: async (context) => {
    const t = await farolText(context)
    await expect(
      within(context.canvasElement).getByText(
        fill(t.connections.summary.needsUser_one, { count: 1 }),
      ),
    ).toBeVisible()
  },
}
export const OneSyncing: Story = {
  args: { items: [...allReady(4), ...connections(1, ['syncing'])] },
}
export const AFailure: Story = {
  args: { items: [...allReady(3), ...connections(1, ['unexpected-error'])] },
}
export const AllGood: Story = {
  args: { items: allReady(15) },
  play: async (context) => {
    const t = await farolText(context)
    await expect(
      within(context.canvasElement).getByText(t.connections.summary.allGood),
    ).toBeVisible()
  },
}
export const Fifteen: Story = { args: { items: connections(15) } }
export const TwoHundred: Story = { args: { items: connections(200) } }
/** With only `onNavigate`, the line is a button (e.g. it opens a drawer). */
export const AsButton: Story = { args: { href: undefined } }
/** With neither, plain text. */
export const AsText: Story = { args: { href: undefined, onNavigate: undefined } }
export const Dark: Story = { globals: { theme: 'dark' } }
export const Brand: Story = { globals: { theme: 'brand' }, name: 'Brand (Host Theme)' }
export const English: Story = { globals: { locale: 'en' } }
export const Spanish: Story = { globals: { locale: 'es' } }
