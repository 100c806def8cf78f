import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor, within } from 'storybook/test'
import { TokenTable } from './TokenTable'

// The table Docs/Theming shows, as a test: hidden from the sidebar (`!dev`).
const meta = {
  title: 'Docs/Token table',
  component: TokenTable,
  tags: ['!dev', '!autodocs'],
  parameters: { frame: { maxWidth: 'none' } },
} satisfies Meta<typeof TokenTable>
export default meta

export const Table: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const table = canvas.getByTestId('farol-tokens')
    await waitFor(() =>
      expect(table.querySelectorAll('tr[data-token]').length).toBeGreaterThanOrEqual(30),
    )
    const surface = within(table).getByRole('rowheader', { name: '--farol-surface' }).closest('tr')!
    await expect(surface.querySelector('[data-theme="light"]')).toHaveTextContent(/#fff(fff)?\b/)
    await expect(surface.querySelector('[data-theme="dark"]')).toHaveTextContent('#15181c')
    await expect(surface.querySelector('[data-theme="brand"]')).toHaveTextContent('#fcfaff')
    for (const name of ['--farol-accent', '--farol-radius', '--farol-font-family']) {
      await expect(within(table).getByRole('rowheader', { name })).toBeVisible()
    }
  },
}
