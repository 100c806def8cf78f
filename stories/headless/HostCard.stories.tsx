import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { SANDBOX_CREDENTIALS } from '../../src/testing'
import { farolText } from '../support/farol-text'
import { LIVE_TIMEOUT_MS, liveStory } from '../live/live-sandbox'
import { HostStatusCard } from './HostStatusCard'

const meta = { title: 'Headless/Host card from the hooks' } satisfies Meta
export default meta

/**
 * A host with its own design system: `useItemConnectionStatus` and `useCredentialForm`
 * give the words, the buttons, the form's wiring and the API calls; the markup and
 * classes are the host's (`host-card`, `host-form`), with no farol component or class.
 */
export const WrongPassword: StoryObj = {
  name: 'Wrong Password',
  ...liveStory({
    scenario: 'invalid-credentials',
    view: (itemId) => <HostStatusCard itemId={itemId} />,
    description: (
      <>
        The host&apos;s own card and form, from farol&apos;s hooks. Log in with <code>user-ok</code>{' '}
        / <code>password-ok</code>.
      </>
    ),
  }),
  play: async (context) => {
    const { canvasElement, step } = context
    const t = await farolText(context)
    const canvas = within(canvasElement)
    const title = () => canvas.getByRole('heading', { level: 3 })
    await step('farol says what is wrong, in the host markup', async () => {
      await waitFor(
        () => expect(title()).toHaveTextContent(t.status.reason['invalid-credentials'].headline),
        { timeout: LIVE_TIMEOUT_MS },
      )
      const card = canvasElement.querySelector('.host-card')
      await expect(card).not.toBeNull()
      await expect(card?.querySelector('[class*="farol-"]')).toBeNull()
    })
    await step('An empty submit focuses the first invalid field', async () => {
      await userEvent.clear(canvas.getByLabelText('Usuário'))
      await userEvent.click(canvas.getByRole('button', { name: 'Enviar' }))
      await expect(canvas.getByLabelText('Usuário')).toHaveFocus()
      await expect(canvas.getByLabelText('Usuário')).toHaveAttribute('aria-invalid', 'true')
    })
    await step('The right password syncs the item', async () => {
      await userEvent.type(canvas.getByLabelText('Usuário'), SANDBOX_CREDENTIALS.user)
      await userEvent.type(canvas.getByLabelText('Senha'), SANDBOX_CREDENTIALS.password)
      await userEvent.click(canvas.getByRole('button', { name: 'Enviar' }))
      await waitFor(() => expect(title()).toHaveTextContent(t.status.reason.updated.headline), {
        timeout: LIVE_TIMEOUT_MS,
      })
    })
  },
}
