import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { DeviceAuthorizationNotice } from '../../src/components/DeviceAuthorizationNotice'
import { farolText } from '../support/farol-text'

const meta = {
  title: 'Components/DeviceAuthorizationNotice',
  component: DeviceAuthorizationNotice,
  tags: ['autodocs'],
  args: {
    deviceNickname: 'Pluggy-7F3A',
    connectorName: 'Nubank',
    expiresAt: '2026-07-20T10:10:00.000Z',
    now: new Date('2026-07-20T10:00:00.000Z'),
    onRetry: fn(),
  },
} satisfies Meta<typeof DeviceAuthorizationNotice>

export default meta
type Story = StoryObj<typeof meta>

/** USER_AUTHORIZATION_PENDING with `error.attributes.deviceNickname`. */
export const Waiting: Story = {}

export const CopyNickname: Story = {
  play: async (context) => {
    const t = await farolText(context)
    const canvas = within(context.canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: t.device.authorization.copy }))
    // Copied through the Clipboard API or the selection fallback; either way it is announced.
    const { copied, copyFailed } = t.device.authorization
    const status = await canvas.findByText(
      (_content, element) =>
        element?.getAttribute('role') === 'status' &&
        [copied, copyFailed].includes(element.textContent ?? ''),
    )
    await expect(status).toHaveAttribute('role', 'status')
  },
}

export const WithoutNickname: Story = {
  args: { deviceNickname: undefined, connectorName: undefined },
}

export const WithoutDeadline: Story = {
  args: { expiresAt: undefined, onRetry: undefined },
}

export const Expired: Story = {
  args: { now: new Date('2026-07-20T10:11:00.000Z') },
  play: async (context) => {
    const { canvasElement, args } = context
    const t = await farolText(context)
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: t.common.retry }))
    await expect(args.onRetry).toHaveBeenCalledTimes(1)
  },
}

export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(
      await canvas.findByRole('heading', { name: 'Authorize the new access at your bank' }),
    ).toBeVisible()
  },
}

/** `parameters.locale` pins a language over the toolbar's (the tests use it too). */
export const Spanish: Story = {
  parameters: { locale: 'es' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(
      await canvas.findByRole('heading', { name: 'Autoriza el nuevo acceso en tu banco' }),
    ).toBeVisible()
  },
}

export const Dark: Story = { globals: { theme: 'dark' } }
export const Brand: Story = { globals: { theme: 'brand' }, name: 'Brand (Host Theme)' }

export const LongHostileNickname: Story = {
  args: { deviceNickname: `<img src=x onerror=alert(1)>\u202E${'X'.repeat(300)}` },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img, [onerror]')).toBeNull()
  },
}
