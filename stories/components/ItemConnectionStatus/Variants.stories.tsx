import type { Meta } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { ItemConnectionStatus } from '../../../src/components/ItemConnectionStatus'
import { farolText } from '../../support/farol-text'
import { sample } from '../status-samples'
import { connectionMeta, type ConnectionArgs, type ConnectionStory } from './connection-args'

const meta = {
  title: 'Components/ItemConnectionStatus/Variants',
  ...connectionMeta('login-error'),
  parameters: {
    docs: { description: { component: 'Languages, themes and announcements.' } },
  },
} satisfies Meta<ConnectionArgs>
export default meta

export const English: ConnectionStory = {
  args: { reason: 'partial-success' },
  globals: { locale: 'en' },
}
export const Spanish: ConnectionStory = {
  args: { reason: 'device-authorization' },
  globals: { locale: 'es' },
}

/** The credential form, in each theme: inputs, buttons and errors keep WCAG AA contrast. */
export const FormDark: ConnectionStory = {
  args: { reason: 'invalid-credentials' },
  globals: { theme: 'dark' },
}
export const FormBrand: ConnectionStory = {
  args: { reason: 'invalid-credentials' },
  globals: { theme: 'brand' },
  name: 'Form Brand (Host Theme)',
}
export const MfaDark: ConnectionStory = {
  args: { reason: 'mfa' },
  globals: { theme: 'dark' },
  name: 'MFA Dark',
}
export const MfaBrand: ConnectionStory = {
  args: { reason: 'mfa' },
  globals: { theme: 'brand' },
  name: 'MFA Brand (Host Theme)',
}
export const PartialBrand: ConnectionStory = {
  args: { reason: 'partial-success' },
  globals: { theme: 'brand' },
  name: 'Partial Brand (Host Theme)',
}

/** Retrying: the live region announces the new headline once the reason changes. */
export const AnnouncesChanges: ConnectionStory = {
  args: { reason: 'connection-error' },
  render: function Render({ reason, openFinance: _openFinance, ...args }) {
    const [item, setItem] = useState(sample(reason).item)
    return (
      <ItemConnectionStatus {...args} item={item} onRetry={() => setItem(sample('syncing').item)} />
    )
  },
  play: async (context) => {
    const t = await farolText(context)
    const canvas = within(context.canvasElement)
    const region = canvas.getByRole('status')
    await expect(region).toBeEmptyDOMElement()
    await userEvent.click(await canvas.findByRole('button', { name: t.status.action.retry }))
    await waitFor(() => expect(region).toHaveTextContent(t.status.reason.syncing.headline))
  },
}
