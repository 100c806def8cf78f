import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { useState } from 'react'
import { ItemConnectionStatusView as ItemConnectionStatus } from '../../src/components/ItemConnectionStatus'
import { withLocale } from './sample-data'
import { NOW, sample } from './status-samples'

const meta = {
  title: 'Components/ItemConnectionStatus',
  component: ItemConnectionStatus,
  decorators: [withLocale],
  args: {
    item: sample('updated').item,
    now: NOW,
    submitting: false,
    onRetry: fn(),
    onSubmitCredentials: fn(),
    onSubmitMfa: fn(),
    onReconnect: fn(),
    onAction: fn(),
  },
} satisfies Meta<typeof ItemConnectionStatus>

export default meta
type Story = StoryObj<typeof meta>

const itemOf = (...args: Parameters<typeof sample>) => ({ item: sample(...args).item })

export const Syncing: Story = { args: itemOf('syncing') }
export const Updated: Story = { args: itemOf('updated') }
export const ConsentExpiring: Story = { args: itemOf('consent-expiring') }
export const PartialSuccess: Story = { args: itemOf('partial-success') }
export const Mfa: Story = { args: itemOf('mfa') }
export const UserAction: Story = { args: itemOf('user-action') }
export const DeviceAuthorization: Story = { args: itemOf('device-authorization') }
export const InvalidCredentials: Story = { args: itemOf('invalid-credentials') }
export const AccountLocked: Story = {
  args: itemOf('account-locked'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Atualizar dados de acesso' }))
    await expect(await canvas.findByLabelText('Usuário')).toBeVisible()
  },
}
export const AccountNeedsAction: Story = { args: itemOf('account-needs-action') }
export const ConsentRevoked: Story = { args: itemOf('consent-revoked') }
export const SiteNotAvailable: Story = { args: itemOf('site-not-available') }
export const ConnectionError: Story = { args: itemOf('connection-error') }
export const InputTimeout: Story = { args: itemOf('input-timeout') }
export const Unknown: Story = { args: itemOf('unknown') }
export const English: Story = { args: itemOf('partial-success'), parameters: { locale: 'en' } }
export const Spanish: Story = { args: itemOf('device-authorization'), parameters: { locale: 'es' } }
export const Dark: Story = {
  args: itemOf('invalid-credentials'),
  decorators: (Story) => (
    <div data-farol-theme="dark" style={{ background: 'var(--farol-surface)', padding: '1rem' }}>
      <Story />
    </div>
  ),
}

/** Retrying: the live region announces the new headline once the reason changes. */
export const AnnouncesChanges: Story = {
  args: itemOf('connection-error'),
  render: function Render(args) {
    const [item, setItem] = useState(args.item)
    return (
      <ItemConnectionStatus {...args} item={item} onRetry={() => setItem(sample('syncing').item)} />
    )
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const region = canvas.getByRole('status')
    await expect(region).toBeEmptyDOMElement()
    await userEvent.click(canvas.getByRole('button', { name: 'Tentar novamente' }))
    await waitFor(() => expect(region).toHaveTextContent('Atualizando sua conexão'))
  },
}
