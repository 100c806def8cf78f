import type { Meta, StoryObj } from '@storybook/react-vite'
import { QueryClient } from '@tanstack/react-query'
import { expect, userEvent, within } from 'storybook/test'
import { createPluggyClient } from '../../src/client'
import { ConnectionList } from '../../src/components/ConnectionList'
import { FarolProvider } from '../../src/react'
import { farolText } from '../support/farol-text'
import { NOW, allReady, connections } from './connection-samples'

const meta = {
  title: 'Components/ConnectionList',
  component: ConnectionList,
  tags: ['autodocs'],
  args: { items: connections(6), now: NOW },
  parameters: { frame: { maxWidth: '40rem' } },
} satisfies Meta<typeof ConnectionList>

export default meta
type Story = StoryObj<typeof meta>

const rows = (canvasElement: HTMLElement) =>
  within(within(canvasElement).getByRole('list')).getAllByRole('listitem')

/** A typical user: six connections; what needs them is on top. */
export const Six: Story = {
  play: async (context) => {
    const t = await farolText(context)
    const all = rows(context.canvasElement)
    await expect(all).toHaveLength(6)
    await expect(all[0]).toHaveAttribute('data-group', 'needs-user')
    await expect(all[5]).toHaveAttribute('data-group', 'ready')
    // The top row opens its ItemConnectionStatus inline, and closes again.
    const toggle = within(all[0]!).getByRole('button', { expanded: false })
    await userEvent.click(toggle)
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const panel = context.canvasElement.querySelector(
      `#${CSS.escape(toggle.getAttribute('aria-controls')!)}`,
    )
    await expect(panel).toBeVisible()
    await expect(
      within(panel as HTMLElement).getByText(t.status.reason.mfa.headline, { selector: 'h3' }),
    ).toBeVisible()
    await userEvent.click(toggle)
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  },
}

export const Empty: Story = {
  args: { items: [] },
  play: async (context) => {
    const t = await farolText(context)
    await expect(within(context.canvasElement).getByText(t.connections.list.empty)).toBeVisible()
  },
}

export const One: Story = { args: { items: connections(1, ['mfa']) } }

export const Fifteen: Story = { args: { items: connections(15) } }

/** 200 connections (a stress case): the order still holds, every row is one line. */
export const TwoHundred: Story = {
  args: { items: connections(200) },
  play: async ({ canvasElement }) => {
    await expect(rows(canvasElement)).toHaveLength(200)
    await expect(rows(canvasElement)[0]).toHaveAttribute('data-group', 'needs-user')
  },
}

export const AllGood: Story = {
  args: { items: allReady(6) },
  play: async (context) => {
    const t = await farolText(context)
    await expect(within(context.canvasElement).getByText(t.connections.list.allGood)).toBeVisible()
  },
}

/** `itemIds` mode while the first answers are on their way. */
export const Loading: Story = {
  args: { items: undefined, itemIds: ['item-1', 'item-2', 'item-3'] },
  decorators: [
    (Story) => (
      <FarolProvider
        queryClient={new QueryClient()}
        client={createPluggyClient({
          baseUrl: 'https://loading.example',
          apiKey: 'never',
          fetch: () => new Promise<Response>(() => {}),
        })}
      >
        <Story />
      </FarolProvider>
    ),
  ],
  play: async (context) => {
    const t = await farolText(context)
    const canvas = within(context.canvasElement)
    await expect(canvas.getByText(t.connections.list.loading)).toBeVisible()
    await expect(canvas.getAllByText(t.connections.list.loadingRow)).toHaveLength(3)
  },
}

/** Every kind of row: each state farol knows, once. */
export const MixedStates: Story = {
  args: {
    items: connections(10, [
      'updated',
      'syncing',
      'mfa',
      'device-authorization',
      'user-action',
      'account-locked',
      'consent-expiring',
      'partial-success',
      'unexpected-error',
      'unknown',
    ]),
  },
}

const hostNotes = (itemId: string) => (
  <p style={{ margin: '0.75rem 0 0', fontSize: '0.875rem' }}>
    Seu app: conta <strong>{itemId}</strong> usada para o extrato do dia a dia.
  </p>
)

/** The host's own content under an open row's status (`renderDetails`). */
export const WithHostDetails: Story = {
  args: { renderDetails: hostNotes },
  play: async ({ canvasElement }) => {
    const top = rows(canvasElement)[0]!
    await expect(within(top).queryByText(/Seu app:/)).toBeNull()
    await userEvent.click(within(top).getByRole('button', { expanded: false }))
    await expect(within(top).getByText(/Seu app:/)).toBeVisible()
  },
}

export const Dark: Story = { globals: { theme: 'dark' } }
export const Brand: Story = { globals: { theme: 'brand' }, name: 'Brand (Host Theme)' }
export const English: Story = {
  globals: { locale: 'en' },
  play: async (context) => {
    const t = await farolText(context)
    await expect(
      within(context.canvasElement).getAllByText(t.status.reason.mfa.headline).length,
    ).toBeGreaterThan(0)
  },
}
export const Spanish: Story = { globals: { locale: 'es' } }
