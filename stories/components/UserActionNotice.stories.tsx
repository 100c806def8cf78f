import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { UserActionNotice } from '../../src/components/UserActionNotice'
import { farolText, fill } from '../support/farol-text'
import { SAMPLE_QR } from './sample-data'

const NOW = new Date('2026-07-20T10:00:00.000Z')

const meta = {
  title: 'Components/UserActionNotice',
  component: UserActionNotice,
  tags: ['autodocs'],
  args: {
    connectorName: 'Itaú',
    now: NOW,
    deviceNickname: 'Pluggy-7F3A',
    userAction: {
      type: 'authorize-access',
      instructions: 'Abra o app do banco e autorize o novo acesso.',
      attributes: { deviceNickname: 'Pluggy-7F3A' },
      expiresAt: '2026-07-20T10:10:00.000Z',
    },
  },
} satisfies Meta<typeof UserActionNotice>

export default meta
type Story = StoryObj<typeof meta>

/** WAITING_USER_ACTION, payload D: approve in the bank app. */
export const AuthorizeAccess: Story = {}

export const QrCode: Story = {
  args: {
    userAction: {
      type: 'qr',
      instructions: 'Escaneie o QR Code com o app do Itaú para continuar.',
      attributes: { qrCode: SAMPLE_QR },
      expiresAt: '2026-07-20T10:05:00.000Z',
    },
  },
  play: async (context) => {
    const t = await farolText(context)
    const canvas = within(context.canvasElement)
    await expect(
      await canvas.findByRole('img', {
        name: fill(t.device.userAction.qr.alt, { connectorName: 'Itaú' }),
      }),
    ).toBeVisible()
  },
}

export const QrUnavailable: Story = {
  args: {
    userAction: {
      type: 'qr',
      instructions: 'Escaneie o QR Code.',
      attributes: { qrCode: 'javascript:alert(1)' },
    },
  },
}

export const QrDark: Story = {
  ...QrCode,
  play: undefined,
  globals: { theme: 'dark' },
  name: 'QR Code Dark',
}
export const QrBrand: Story = {
  ...QrCode,
  play: undefined,
  globals: { theme: 'brand' },
  name: 'QR Code Brand (Host Theme)',
}

export const UnknownType: Story = {
  args: {
    connectorName: undefined,
    userAction: { type: 'selfie', instructions: 'Tire uma selfie no app do banco.' },
  },
}

export const Expired: Story = {
  args: { now: new Date('2026-07-20T10:30:00.000Z') },
}

export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(
      await canvas.findByRole('heading', { name: 'Approve the access in your bank’s app' }),
    ).toBeVisible()
  },
}

export const Spanish: Story = {
  globals: { locale: 'es' },
  args: {
    userAction: {
      type: 'qr',
      instructions: 'Escaneie o QR Code.',
      attributes: { image: SAMPLE_QR },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(
      await canvas.findByRole('img', { name: 'Código QR para escanear con la app de Itaú' }),
    ).toBeVisible()
  },
}
