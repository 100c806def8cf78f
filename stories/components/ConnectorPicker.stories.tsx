import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { ConnectorPicker } from '../../src/components/ConnectorPicker'
import type { Connector } from '../../src/core'
import { SANDBOX_CONNECTORS } from '../../src/testing'
import { farolText, fill } from '../support/farol-text'

const CATALOGUE: Connector[] = [...SANDBOX_CONNECTORS]

/** A few hundred institutions, as a real catalogue has (names repeat with a number). */
const MANY: Connector[] = Array.from({ length: 400 }, (_, index) => {
  const base = CATALOGUE[index % CATALOGUE.length]!
  return {
    ...base,
    id: 10_000 + index,
    name: `${base.name} ${Math.floor(index / CATALOGUE.length) + 1}`,
  }
})

const meta = {
  title: 'Components/ConnectorPicker',
  component: ConnectorPicker,
  tags: ['autodocs'],
  args: { connectors: CATALOGUE, onSelect: fn(), onEscape: fn() },
  parameters: { frame: { maxWidth: '32rem' } },
} satisfies Meta<typeof ConnectorPicker>

export default meta
type Story = StoryObj<typeof meta>

const search = (canvasElement: HTMLElement) => within(canvasElement).getByRole('combobox')

/** The sandbox's catalogue: logos, Open Finance, personal/business, an unstable and an offline bank. */
export const Catalogue: Story = {
  play: async ({ canvasElement, args }) => {
    const input = search(canvasElement)
    await userEvent.click(input)
    await userEvent.keyboard('{ArrowDown}{ArrowDown}')
    const active = canvasElement.ownerDocument.getElementById(
      input.getAttribute('aria-activedescendant')!,
    )
    await expect(active).toHaveAttribute('aria-selected', 'true')
    await userEvent.keyboard('{Enter}')
    await expect(args.onSelect).toHaveBeenCalledTimes(1)
  },
}

/** Typing filters at once, without accents or case; the offline bank is listed with the reason. */
export const Filtered: Story = {
  play: async (context) => {
    const t = await farolText(context)
    await userEvent.type(search(context.canvasElement), 'fora do ar')
    const option = within(context.canvasElement).getByRole('option')
    await expect(option).toHaveAttribute('aria-disabled', 'true')
    await expect(within(option).getByText(t.connect.picker.offline)).toBeVisible()
    await userEvent.keyboard('{Enter}')
    await expect(context.args.onSelect).not.toHaveBeenCalled()
  },
}

export const NoMatch: Story = {
  args: { defaultQuery: 'Banco que não existe' },
  play: async (context) => {
    const t = await farolText(context)
    await expect(
      within(context.canvasElement).getByText(
        fill(t.connect.picker.empty, { query: 'Banco que não existe' }),
      ),
    ).toBeVisible()
  },
}

export const Loading: Story = { args: { connectors: undefined } }

export const LoadError: Story = {
  args: {
    connectors: undefined,
    error: { kind: 'network', status: 0, message: 'Failed to fetch' },
    onRetry: fn(),
  },
  play: async (context) => {
    const t = await farolText(context)
    const canvas = within(context.canvasElement)
    await expect(canvas.getByRole('alert')).toHaveTextContent(t.connect.picker.loadError)
    await userEvent.click(canvas.getByRole('button', { name: t.common.retry }))
    await expect(context.args.onRetry).toHaveBeenCalledTimes(1)
  },
}

export const EmptyCatalogue: Story = { args: { connectors: [] } }

/** 400 institutions: End jumps to the last one, which scrolls into view. */
export const FourHundred: Story = {
  args: { connectors: MANY },
  play: async ({ canvasElement }) => {
    const input = search(canvasElement)
    await userEvent.click(input)
    await userEvent.keyboard('{End}')
    const options = within(canvasElement).getAllByRole('option')
    await expect(options).toHaveLength(400)
    await expect(input).toHaveAttribute('aria-activedescendant', options.at(-1)!.id)
  },
}
