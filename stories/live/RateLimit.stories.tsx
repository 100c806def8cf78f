import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { DEFAULT_RATE_LIMITS } from '../../src/testing'
import { farolText, textPattern } from '../support/farol-text'
import { LIVE_TIMEOUT_MS, liveStory, reasonShown } from './live-sandbox'

const meta = { title: 'Live/Rate limit' } satisfies Meta
export default meta

/**
 * The bank is unstable and the user keeps trying. This sandbox accepts one update per
 * minute (Pluggy's default is 20): the second "Try again" gets 429 with `Retry-After: 60`,
 * and the banner says when the user may try again; the button does nothing until then.
 */
export const TooManyRetries: StoryObj = {
  ...liveStory({
    scenario: 'site-not-available',
    item: { products: ['ACCOUNTS'] },
    prepare: (sandbox) =>
      sandbox.configure({ rateLimits: { ...DEFAULT_RATE_LIMITS, 'PATCH /items/:id': 1 } }),
    description:
      'OUTDATED / SITE_NOT_AVAILABLE on every sync, and PATCH /items/:id limited to 1 request per minute: the second retry is answered 429 with Retry-After: 60.',
  }),
  play: async (context) => {
    const { canvasElement, step } = context
    const t = await farolText(context)
    const canvas = within(canvasElement)
    const retry = () => canvas.getByRole('button', { name: t.status.action.retry })
    await step('The first retry goes through and fails again', async () => {
      await reasonShown(canvasElement, 'site-not-available')
      await userEvent.click(retry())
      await reasonShown(canvasElement, 'syncing')
      await reasonShown(canvasElement, 'site-not-available')
    })
    await step('The second is refused (429): try again after the Retry-After', async () => {
      await userEvent.click(retry())
      const retryAt = await canvas.findByText(
        textPattern(t.status.retryAt),
        {},
        { timeout: LIVE_TIMEOUT_MS },
      )
      await expect(retryAt).toBeVisible()
      await waitFor(() => expect(retry()).toHaveAttribute('aria-disabled', 'true'))
      await expect(canvasElement.querySelector('.farol-StatusBanner')).not.toHaveAttribute(
        'aria-busy',
      )
    })
  },
}
