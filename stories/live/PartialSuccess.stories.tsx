import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import type { SandboxScenario } from '../../src/testing'
import { farolText } from '../support/farol-text'
import { liveStory, reasonShown } from './live-sandbox'

const meta = { title: 'Live/Partial success' } satisfies Meta
export default meta

const DAY_MS = 86_400_000

/**
 * Pluggy's "Errors & Validations" page, both examples together: accounts updated,
 * transactions failed (last collected two days ago), credit cards not requested, and
 * investments collected with the page's permission warning (verbatim providerMessage).
 */
const referencePage: SandboxScenario = {
  name: 'reference-page-partial-success',
  description: 'The errors page: accounts updated, transactions failed, investments warning.',
  products: ['ACCOUNTS', 'TRANSACTIONS', 'INVESTMENTS'],
  setup: () => ({ createdAgoMs: 30 * DAY_MS, lastSyncAgoMs: 2 * DAY_MS }),
  run: () => ({
    steps: [
      { executionStatus: 'CREATED' },
      { executionStatus: 'LOGIN_IN_PROGRESS' },
      { executionStatus: 'ACCOUNTS_IN_PROGRESS' },
      { executionStatus: 'TRANSACTIONS_IN_PROGRESS' },
      { executionStatus: 'INVESTMENTS_IN_PROGRESS' },
    ],
    end: {
      kind: 'partial',
      failed: ['transactions'],
      warnings: {
        investments: [
          {
            code: '001',
            message: 'User lacks permissions to view investments on this account',
            providerMessage: 'Seu perfil de usuário não está habilitado para esta transação.',
          },
        ],
      },
    },
  }),
  settles: { status: 'UPDATED', executionStatus: 'PARTIAL_SUCCESS' },
}

/** UPDATED / PARTIAL_SUCCESS: what arrived, what failed since when, why; a retry ends the same way. */
export const ReferencePageWarnings: StoryObj = {
  ...liveStory({
    scenario: referencePage.name,
    sandbox: { scenarios: [referencePage] },
    description:
      'A sync that ends in PARTIAL_SUCCESS with the statusDetail and warning of Pluggy’s errors page. Transactions are a critical product, so the host would also raise an internal alert.',
  }),
  play: async (context) => {
    const { canvasElement } = context
    const t = await farolText(context)
    const canvas = within(canvasElement)
    await reasonShown(canvasElement, 'partial-success')
    const list = canvas.getByRole('list', { name: t.warnings.listLabel })
    const products = within(list)
    await expect(products.getByText(t.warnings.product.accounts)).toBeVisible()
    await expect(products.getByText(t.warnings.product.transactions)).toBeVisible()
    await expect(products.getByText(t.warnings.product.investments)).toBeVisible()
    await expect(products.queryByText(t.warnings.product.creditCards)).toBeNull()
    await expect(
      products.getByText('Seu perfil de usuário não está habilitado para esta transação.'),
    ).toHaveAttribute('lang', 'pt-BR')
    await userEvent.click(canvas.getByRole('button', { name: t.status.action.retry }))
    await reasonShown(canvasElement, 'syncing')
    await reasonShown(canvasElement, 'partial-success')
  },
}

/** Open Finance: the monthly quota (warning 423) on accounts, a permission warning on transactions. */
export const OpenFinanceQuota: StoryObj = {
  ...liveStory({
    scenario: 'partial-open-finance-quota',
    description:
      'Pluggy Bank Open Finance: accounts hit the monthly request limit (423), transactions lack a permission.',
  }),
  play: async (context) => {
    const { canvasElement } = context
    const t = await farolText(context)
    await reasonShown(canvasElement, 'partial-success')
    await expect(within(canvasElement).getByText(t.warnings.code['423'])).toBeVisible()
  },
}
