import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { PLUGGY_BANK_MFA_ID, SANDBOX_CREDENTIALS, SANDBOX_MFA_TOKEN } from '../../src/testing'
import { farolText } from '../support/farol-text'
import { LIVE_TIMEOUT_MS, liveStory, reasonShown } from './live-sandbox'

const meta = { title: 'Live/Login and MFA' } satisfies Meta
export default meta

/**
 * The stored password was wrong (LOGIN_ERROR / INVALID_CREDENTIALS): the connector's own
 * form asks again. With `user-ok` / `password-ok` the bank logs in and asks for a token
 * (WAITING_USER_INPUT); `123456` finishes the sync.
 */
export const WrongPasswordThenMfa: StoryObj = {
  name: 'Wrong Password Then MFA',
  ...liveStory({
    scenario: 'mfa-number',
    item: {
      connectorId: PLUGGY_BANK_MFA_ID,
      credentials: { user: SANDBOX_CREDENTIALS.user, password: 'senha-errada' },
      products: ['ACCOUNTS', 'TRANSACTIONS'],
    },
    description: (
      <>
        Pluggy Bank MFA, created with a wrong password. Log in with <code>user-ok</code> /{' '}
        <code>password-ok</code>, then type the token <code>{SANDBOX_MFA_TOKEN}</code> (any other 6
        digits is a wrong code).
      </>
    ),
  }),
  play: async (context) => {
    const { canvasElement, step } = context
    const t = await farolText(context)
    const canvas = within(canvasElement)
    await step('Wrong password: the form asks again', async () => {
      await reasonShown(canvasElement, 'invalid-credentials')
      await expect(
        canvas.getByRole('heading', { name: t.credentials.heading.credentials }),
      ).toBeVisible()
    })
    await step('The right password', async () => {
      await userEvent.clear(canvas.getByLabelText('Usuário'))
      await userEvent.type(canvas.getByLabelText('Usuário'), SANDBOX_CREDENTIALS.user)
      await userEvent.type(canvas.getByLabelText('Senha'), SANDBOX_CREDENTIALS.password)
      await userEvent.click(canvas.getByRole('button', { name: t.credentials.submit.credentials }))
      await reasonShown(canvasElement, 'syncing')
    })
    await step('The bank asks for a token', async () => {
      await reasonShown(canvasElement, 'mfa')
      const token = await canvas.findByLabelText('Token', {}, { timeout: LIVE_TIMEOUT_MS })
      await expect(token).toHaveAttribute('autocomplete', 'one-time-code')
      await userEvent.type(token, SANDBOX_MFA_TOKEN)
      await userEvent.click(canvas.getByRole('button', { name: t.credentials.submit.mfa }))
    })
    await step('Connected', async () => {
      await reasonShown(canvasElement, 'updated')
      await expect(
        canvas.getByRole('heading', { name: t.status.reason.updated.headline }),
      ).toBeVisible()
    })
  },
}
