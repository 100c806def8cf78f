import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { StatusBanner } from '../../src/components/StatusBanner'
import { withLocale } from './sample-data'
import { NOW, PLUGGY_BANK, sample } from './status-samples'

const meta = {
  title: 'Components/StatusBanner',
  component: StatusBanner,
  decorators: [withLocale],
  args: { ...sample('updated'), now: NOW, onAction: fn(), busy: false, headingLevel: 2 },
  argTypes: {
    busy: { control: 'boolean' },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4] },
  },
} satisfies Meta<typeof StatusBanner>

export default meta
type Story = StoryObj<typeof meta>

// One story per guidance reason, grouped by phase.

export const Syncing: Story = {
  args: sample('syncing'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('progressbar')).toHaveAccessibleName('Progresso da atualização')
    await expect(canvas.getByText('Buscando transações…')).toBeVisible()
  },
}
export const Updated: Story = { args: sample('updated') }
export const ConsentExpiring: Story = { args: sample('consent-expiring') }
export const ConsentExpired: Story = { args: sample('consent-expired') }
export const PartialSuccess: Story = { args: sample('partial-success') }
export const Mfa: Story = { args: sample('mfa') }
export const MfaExpired: Story = { args: sample('mfa-expired') }
export const UserAction: Story = { args: sample('user-action') }
export const UserActionExpired: Story = { args: sample('user-action-expired') }
export const DeviceAuthorization: Story = { args: sample('device-authorization') }
export const InvalidCredentials: Story = { args: sample('invalid-credentials') }
export const InvalidCredentialsOpenFinance: Story = {
  args: sample('invalid-credentials', { connector: { ...PLUGGY_BANK, isOpenFinance: true } }),
}
export const InvalidMfa: Story = { args: sample('invalid-mfa') }
export const AccountLocked: Story = { args: sample('account-locked') }
export const CredentialsReset: Story = { args: sample('credentials-reset') }
export const AccountNeedsAction: Story = {
  args: sample('account-needs-action'),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('Sua senha deve ser alterada')).toHaveAttribute('lang', 'pt-BR')
    const link = canvas.getByRole('link', { name: /Trocar a senha/ })
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    await userEvent.click(canvas.getByRole('button', { name: 'Tentar novamente' }))
    await expect(args.onAction).toHaveBeenCalledWith({ type: 'retry' })
  },
}
export const ConsentNotGranted: Story = { args: sample('consent-not-granted') }
export const ConsentRevoked: Story = { args: sample('consent-revoked') }
export const AlreadyLoggedIn: Story = { args: sample('already-logged-in') }
export const UserNotSupported: Story = { args: sample('user-not-supported') }
export const LoginError: Story = { args: sample('login-error') }
export const SiteNotAvailable: Story = { args: sample('site-not-available') }
export const ConnectionError: Story = { args: sample('connection-error') }
export const UnexpectedError: Story = { args: sample('unexpected-error') }
export const InputTimeout: Story = { args: sample('input-timeout') }
export const Outdated: Story = { args: sample('outdated') }
export const Unknown: Story = { args: sample('unknown') }

// Languages, theme, brand colour, states.

export const English: Story = {
  args: sample('site-not-available'),
  parameters: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(
      await canvas.findByRole('heading', { name: 'Your bank is having problems right now' }),
    ).toBeVisible()
  },
}
export const Spanish: Story = { args: sample('invalid-credentials'), parameters: { locale: 'es' } }

const darkDecorator: Story['decorators'] = (Story) => (
  <div
    data-farol-theme="dark"
    style={{ background: 'var(--farol-surface)', padding: '1rem', display: 'grid', gap: '1rem' }}
  >
    <Story />
  </div>
)
export const DarkDanger: Story = { args: sample('account-needs-action'), decorators: darkDecorator }
export const DarkWarning: Story = { args: sample('site-not-available'), decorators: darkDecorator }
export const DarkSuccess: Story = { args: sample('updated'), decorators: darkDecorator }
export const DarkInfo: Story = { args: sample('syncing'), decorators: darkDecorator }
export const DarkNeutral: Story = { args: sample('unknown'), decorators: darkDecorator }

/** A dark brand colour passes in light mode; Pluggy's pink (3.9:1 on white) does not. */
export const BrandAccent: Story = {
  args: sample('connection-error', { connector: { ...PLUGGY_BANK, primaryColor: '0b3d91' } }),
}
export const Busy: Story = { args: { ...sample('connection-error'), busy: true } }
export const WithoutButtons: Story = {
  args: { ...sample('connection-error'), onAction: undefined },
}
export const LongAndHostileText: Story = {
  args: sample('account-needs-action', {
    connector: {
      ...PLUGGY_BANK,
      name: 'Banco \u202Eodacifirev\u202C <script>alert(1)</script>',
      imageUrl: 'javascript:alert(1)',
      resetPasswordUrl: 'javascript:alert(1)',
    },
    error: {
      code: 'ACCOUNT_NEEDS_ACTION',
      message: '',
      providerMessage: `<img src=x onerror=alert(1)> ${'Mensagem muito longa do banco. '.repeat(40)}`,
    },
  }),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('script, img[onerror]')).toBeNull()
    await expect(canvasElement.querySelector('a')).toBeNull()
  },
}
