import type { Meta } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { farolText, textPattern } from '../../support/farol-text'
import { bannerMeta, reasonStory, type BannerArgs, type BannerStory } from './banner-args'

const meta = {
  title: 'Components/StatusBanner/Login error',
  tags: ['autodocs'],
  ...bannerMeta('login-error'),
} satisfies Meta<BannerArgs>
export default meta

export const InvalidCredentials: BannerStory = reasonStory('invalid-credentials')
/** Open Finance: the same code means the CPF/CNPJ is invalid. */
export const InvalidCredentialsOpenFinance: BannerStory = {
  ...reasonStory('invalid-credentials'),
  args: { reason: 'invalid-credentials', openFinance: true },
  name: 'Invalid Credentials (Open Finance)',
}
export const InvalidMfa: BannerStory = { ...reasonStory('invalid-mfa'), name: 'Invalid MFA' }
export const AccountLocked: BannerStory = reasonStory('account-locked')
export const CredentialsReset: BannerStory = reasonStory('credentials-reset')
export const AccountNeedsAction: BannerStory = {
  ...reasonStory('account-needs-action'),
  play: async (context) => {
    const { args } = context
    const t = await farolText(context)
    const canvas = within(context.canvasElement)
    await expect(canvas.getByText('Sua senha deve ser alterada')).toHaveAttribute('lang', 'pt-BR')
    const link = await canvas.findByRole('link', { name: textPattern(t.status.resetPassword) })
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    await userEvent.click(await canvas.findByRole('button', { name: t.status.action.retry }))
    await expect(args.onAction).toHaveBeenCalledWith({ type: 'retry' })
  },
}
export const ConsentNotGranted: BannerStory = reasonStory('consent-not-granted')
export const ConsentRevoked: BannerStory = reasonStory('consent-revoked')
export const AlreadyLoggedIn: BannerStory = reasonStory('already-logged-in')
export const UserNotSupported: BannerStory = reasonStory('user-not-supported')
export const LoginError: BannerStory = {
  ...reasonStory('login-error'),
  name: 'Login Error (Unknown Code)',
}
