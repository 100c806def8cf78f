import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { StringTable } from './StringTable'

// The table Docs/Languages shows, as a test: hidden from the sidebar (`!dev`).
const meta = {
  title: 'Docs/String table',
  component: StringTable,
  tags: ['!dev', '!autodocs'],
  parameters: { frame: { maxWidth: 'none' } },
} satisfies Meta<typeof StringTable>
export default meta

export const Table: StoryObj<typeof meta> = {
  args: { initialFilter: 'status.action' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const table = canvas.getByTestId('farol-strings')
    const retry = await within(table).findByRole('rowheader', { name: 'status.action.retry' })
    const row = within(retry.closest('tr')!)
    await expect(row.getByText('Tentar novamente')).toHaveAttribute('lang', 'pt-BR')
    await expect(row.getByText('Try again')).toHaveAttribute('lang', 'en')
    await userEvent.clear(canvas.getByLabelText('Filter by key or text'))
    await userEvent.type(canvas.getByLabelText('Filter by key or text'), 'Pluggy')
    await waitFor(() =>
      expect(within(table).queryByRole('rowheader', { name: 'status.action.retry' })).toBeNull(),
    )
  },
}
