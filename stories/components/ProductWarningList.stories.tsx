import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { ProductWarningList } from '../../src/components/ProductWarningList'
import { KNOWN_WARNINGS, type GuidanceWarning } from '../../src/core'
import { farolText } from '../support/farol-text'
import { sample } from './status-samples'

const meta = {
  title: 'Components/ProductWarningList',
  component: ProductWarningList,
  tags: ['autodocs'],
  args: { ...sample('partial-success'), filter: 'all' },
  argTypes: { filter: { control: 'inline-radio', options: ['all', 'attention'] } },
} satisfies Meta<typeof ProductWarningList>

export default meta
type Story = StoryObj<typeof meta>

/** UPDATED + PARTIAL_SUCCESS: what was updated, what failed since when, and why. */
export const PartialSuccess: Story = {
  play: async (context) => {
    const t = await farolText(context)
    const canvas = within(context.canvasElement)
    await expect(await canvas.findByRole('list', { name: t.warnings.listLabel })).toBeVisible()
    await expect(
      canvas.getByText('Seu perfil de usuário não está habilitado para esta transação.'),
    ).toHaveAttribute('lang', 'pt-BR')
  },
}
export const OnlyNeedingAttention: Story = { args: { filter: 'attention' } }
export const English: Story = { globals: { locale: 'en' } }
export const Spanish: Story = { globals: { locale: 'es' } }

/** Every row of Pluggy's known-warnings table, translated by catalog id. */
export const KnownWarningsCatalog: Story = {
  args: {
    guidance: undefined,
    item: undefined,
    warnings: KNOWN_WARNINGS.map((row): GuidanceWarning => ({
      product: row.product === 'login' ? 'accounts' : row.product,
      code: '',
      message: row.message,
      ...(row.providerMessage && { providerMessage: row.providerMessage }),
      catalogId: row.id,
      ...(row.action && { hint: row.action }),
    })),
  },
}

/** Open Finance monthly quota (423) and a warning farol does not know. */
export const QuotaAndUnknownWarning: Story = {
  args: {
    guidance: undefined,
    item: undefined,
    statusDetail: {
      transactions: {
        isUpdated: false,
        lastUpdatedAt: '2026-07-18T10:00:00.000Z',
        warnings: [{ code: '423', message: 'Monthly request limit reached' }],
      },
      loans: {
        isUpdated: true,
        lastUpdatedAt: '2026-07-20T09:55:00.000Z',
        warnings: [{ code: '999', message: 'Something new from Pluggy' }],
      },
    },
  },
}

export const Dark: Story = { globals: { theme: 'dark' } }
export const Brand: Story = { globals: { theme: 'brand' }, name: 'Brand (Host Theme)' }
