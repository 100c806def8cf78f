import type { Meta } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { farolText } from '../../support/farol-text'
import {
  connectionMeta,
  reasonStory,
  type ConnectionArgs,
  type ConnectionStory,
} from './connection-args'

const meta = {
  title: 'Components/ItemConnectionStatus/Login error',
  tags: ['autodocs'],
  ...connectionMeta('login-error'),
} satisfies Meta<ConnectionArgs>
export default meta

export const InvalidCredentials: ConnectionStory = reasonStory('invalid-credentials')
/** Open Finance: the same code means the CPF/CNPJ is invalid. */
export const InvalidCredentialsOpenFinance: ConnectionStory = {
  ...reasonStory('invalid-credentials'),
  args: { reason: 'invalid-credentials', openFinance: true },
  name: 'Invalid Credentials (Open Finance)',
}
export const InvalidMfa: ConnectionStory = { ...reasonStory('invalid-mfa'), name: 'Invalid MFA' }
/** The account is locked: act at the bank first; the credential form opens only when asked. */
export const AccountLocked: ConnectionStory = {
  ...reasonStory('account-locked'),
  play: async (context) => {
    const t = await farolText(context)
    const canvas = within(context.canvasElement)
    await expect(canvas.queryByLabelText('Usuário')).toBeNull()
    await userEvent.click(
      await canvas.findByRole('button', { name: t.status.action['update-credentials'] }),
    )
    await expect(await canvas.findByLabelText('Usuário')).toBeVisible()
  },
}
export const CredentialsReset: ConnectionStory = reasonStory('credentials-reset')
export const AccountNeedsAction: ConnectionStory = reasonStory('account-needs-action')
export const ConsentNotGranted: ConnectionStory = reasonStory('consent-not-granted')
export const ConsentRevoked: ConnectionStory = reasonStory('consent-revoked')
export const AlreadyLoggedIn: ConnectionStory = reasonStory('already-logged-in')
export const UserNotSupported: ConnectionStory = reasonStory('user-not-supported')
export const LoginError: ConnectionStory = {
  ...reasonStory('login-error'),
  name: 'Login Error (Unknown Code)',
}
