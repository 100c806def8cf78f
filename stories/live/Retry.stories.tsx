import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { farolText } from '../support/farol-text'
import { LIVE_TIMEOUT_MS, liveStory, reasonShown } from './live-sandbox'

const meta = {
  title: 'Live/Retry',
  parameters: {
    docs: {
      description: {
        component:
          'ItemConnectionStatus with `itemId`, polling the simulated Pluggy API through MSW.',
      },
    },
  },
} satisfies Meta
export default meta

/**
 * The bank was unstable (OUTDATED / SITE_NOT_AVAILABLE). "Try again" sends PATCH /items/:id,
 * the banner follows each step of the new sync, and this time it succeeds.
 */
export const RetryThenSuccess: StoryObj = {
  ...liveStory({
    scenario: 'outdated-recovers',
    item: { products: ['ACCOUNTS', 'TRANSACTIONS'] },
    description:
      'The first sync fails with SITE_NOT_AVAILABLE; the next update goes UPDATING → UPDATED / SUCCESS.',
  }),
  play: async (context) => {
    const { canvasElement, step } = context
    const t = await farolText(context)
    const canvas = within(canvasElement)
    await step('The first sync fails: the bank is unstable', async () => {
      await reasonShown(canvasElement, 'site-not-available')
    })
    await step('Try again: syncing, step by step', async () => {
      await userEvent.click(canvas.getByRole('button', { name: t.status.action.retry }))
      await reasonShown(canvasElement, 'syncing')
      await expect(canvas.getByRole('progressbar')).toBeVisible()
    })
    await step('Up to date', async () => {
      await reasonShown(canvasElement, 'updated')
      await expect(
        await canvas.findByRole(
          'heading',
          { name: t.status.reason.updated.headline },
          { timeout: LIVE_TIMEOUT_MS },
        ),
      ).toBeVisible()
      await expect(canvas.getByRole('status')).toHaveTextContent(t.status.reason.updated.headline)
    })
  },
}
