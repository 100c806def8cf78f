import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { CredentialPrompt } from '../../src/components/CredentialPrompt'
import { clockFrom } from '../../src/components/shared-countdown'
import type { ConnectorCredential } from '../../src/core/model'
import { farolText, fill } from '../support/farol-text'
import { SAMPLE_QR } from './sample-data'

const USER: ConnectorCredential = {
  name: 'user',
  label: 'Usuário',
  type: 'text',
  placeholder: 'user-ok',
  assistiveText: 'O mesmo usuário do internet banking.',
  validation: '^user-',
  validationMessage: 'O usuário deve começar com "user-".',
}
const PASSWORD: ConnectorCredential = { name: 'password', label: 'Senha', type: 'password' }
const SMS_TOKEN: ConnectorCredential = {
  name: 'token',
  label: 'Token SMS',
  type: 'number',
  placeholder: 'Ex.: 123456',
  validation: '^\\d{6}$',
  validationMessage: 'O token deve ter 6 números.',
  assistiveText: 'Enviamos um SMS para o celular cadastrado.',
  mfa: true,
}
const NOW = new Date('2026-07-20T10:00:01.000Z')
const IN_5_MIN = '2026-07-20T10:05:00.000Z'

const meta = {
  title: 'Components/CredentialPrompt',
  component: CredentialPrompt,
  tags: ['autodocs'],
  args: {
    fields: [USER, PASSWORD],
    connectorName: 'Pluggy Bank',
    onSubmit: fn(),
    onCancel: fn(),
    onReconnect: fn(),
  },
} satisfies Meta<typeof CredentialPrompt>

export default meta
type Story = StoryObj<typeof meta>

/** LOGIN_ERROR + INVALID_CREDENTIALS: the connector's login form again. */
export const Login: Story = {}

export const ValidationMovesFocus: Story = {
  play: async (context) => {
    const { canvasElement, args } = context
    const t = await farolText(context)
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByLabelText('Usuário'), 'bob')
    await userEvent.click(
      await canvas.findByRole('button', { name: t.credentials.submit.credentials }),
    )
    await waitFor(() => expect(canvas.getByLabelText('Usuário')).toHaveFocus())
    await expect(canvas.getByLabelText('Usuário')).toHaveAttribute('aria-invalid', 'true')
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      fill(t.credentials.validation.summary_other, { count: 2 }),
    )
    await expect(args.onSubmit).not.toHaveBeenCalled()
  },
}

export const KeyboardOnly: Story = {
  play: async (context) => {
    const { canvasElement, args } = context
    const t = await farolText(context)
    const canvas = within(canvasElement)
    canvas.getByLabelText('Usuário').focus()
    await userEvent.keyboard('user-ok')
    await userEvent.tab()
    await expect(canvas.getByLabelText('Senha')).toHaveFocus()
    await userEvent.keyboard('password-ok')
    await userEvent.tab()
    const reveal = await canvas.findByRole('button', { name: t.credentials.revealPassword })
    await expect(reveal).toHaveFocus()
    await userEvent.keyboard(' ')
    await expect(reveal).toHaveAttribute('aria-pressed', 'true')
    await expect(canvas.getByLabelText('Senha')).toHaveAttribute('type', 'text')
    await userEvent.tab()
    await userEvent.keyboard('{Enter}')
    await expect(args.onSubmit).toHaveBeenCalledWith({ user: 'user-ok', password: 'password-ok' })
    await waitFor(() => expect(canvas.getByLabelText('Senha')).toHaveValue(''))
  },
}

export const ServerErrors: Story = {
  args: {
    fieldErrors: {
      user: ['O user deve começar com "user-"'],
      password: ['Password is required'],
      '': ['Connector parameters do not match validation rules'],
    },
  },
}

export const Submitting: Story = {
  args: { submitting: true },
}

export const DoubleSubmitIgnored: Story = {
  args: { fields: [PASSWORD], onSubmit: fn(() => new Promise<void>(() => {})) },
  play: async (context) => {
    const { canvasElement, args } = context
    const t = await farolText(context)
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByLabelText('Senha'), 'password-ok')
    const submit = await canvas.findByRole('button', { name: t.credentials.submit.credentials })
    await userEvent.dblClick(submit)
    await expect(args.onSubmit).toHaveBeenCalledTimes(1)
    await expect(
      await canvas.findByRole('button', { name: t.credentials.submit.submitting }),
    ).toHaveAttribute('aria-disabled', 'true')
  },
}

export const NumberField: Story = {
  args: {
    fields: [
      {
        name: 'agency',
        label: 'Agência',
        type: 'number',
        validation: '^\\d{4}$',
        placeholder: '0001',
      },
      { name: 'account', label: 'Conta', type: 'number', assistiveText: 'Sem o dígito.' },
    ],
  },
}

export const Select: Story = {
  args: {
    mode: 'mfa',
    fields: [
      {
        name: 'account',
        label: 'Selecione a conta',
        type: 'select',
        options: [
          { value: '1', label: 'Conta corrente' },
          { value: '2', label: 'Poupança' },
        ],
      },
    ],
  },
  play: async (context) => {
    const { canvasElement, args } = context
    const t = await farolText(context)
    const canvas = within(canvasElement)
    await userEvent.selectOptions(canvas.getByRole('combobox'), 'Poupança')
    await userEvent.click(await canvas.findByRole('button', { name: t.credentials.submit.mfa }))
    await expect(args.onSubmit).toHaveBeenCalledWith({ account: '2' })
  },
}

/**
 * WAITING_USER_INPUT with payload B: an SMS token before `expiresAt`. The clock runs
 * from 5 minutes before expiry (`now` as a function); a `Date` would freeze it.
 */
export const MfaToken: Story = {
  args: { mode: 'mfa', fields: [SMS_TOKEN], expiresAt: IN_5_MIN, now: clockFrom(NOW) },
}

export const MfaPassword: Story = {
  args: {
    mode: 'mfa',
    fields: [
      {
        name: 'signature',
        label: 'Assinatura eletrônica',
        type: 'password',
        instructions: 'Digite a assinatura de 6 dígitos.',
      },
    ],
  },
}

export const MfaExpired: Story = {
  args: {
    mode: 'mfa',
    fields: [SMS_TOKEN],
    expiresAt: IN_5_MIN,
    now: new Date('2026-07-20T10:06:00Z'),
  },
  play: async (context) => {
    const t = await farolText(context)
    const canvas = within(context.canvasElement)
    await expect(
      await canvas.findByRole('button', { name: t.credentials.submit.mfa }),
    ).toBeDisabled()
    await expect(await canvas.findByRole('button', { name: t.credentials.restart })).toBeEnabled()
  },
}

/** Payload C: a QR code to scan, nothing to type. */
export const QrImage: Story = {
  args: {
    mode: 'mfa',
    fields: [{ name: 'qr', label: 'Escaneie o QR Code', type: 'image', data: SAMPLE_QR }],
    expiresAt: IN_5_MIN,
    now: NOW,
  },
  play: async (context) => {
    const t = await farolText(context)
    const canvas = within(context.canvasElement)
    const alt = fill(t.credentials.image.alt, { description: 'Escaneie o QR Code' })
    await waitFor(() => expect(canvas.getByRole('img')).toHaveAccessibleName(alt))
  },
}

export const CaptchaImage: Story = {
  args: {
    fields: [
      USER,
      PASSWORD,
      {
        name: 'captcha',
        label: 'Digite os caracteres da imagem',
        type: 'image',
        data: SAMPLE_QR,
        placeholder: 'abc123',
      },
    ],
  },
}

export const OAuth: Story = {
  args: {
    mode: 'mfa',
    connectorName: 'Itaú',
    fields: [
      {
        name: 'oauth_code',
        label: 'Autorize no Itaú',
        type: 'oauth',
        data: 'https://example.com/oauth',
      },
    ],
  },
}

/** hcaptcha (or ethaddress, or an unknown type): continue in Pluggy Connect. */
export const Unsupported: Story = {
  args: { fields: [USER, { name: 'captcha', label: 'Captcha', type: 'hcaptcha' }] },
  play: async (context) => {
    const { canvasElement, args } = context
    const t = await farolText(context)
    const canvas = within(canvasElement)
    await userEvent.click(
      await canvas.findByRole('button', { name: t.credentials.unsupported.action }),
    )
    await expect(args.onReconnect).toHaveBeenCalledTimes(1)
  },
}

export const English: Story = {
  args: { mode: 'mfa', fields: [SMS_TOKEN], expiresAt: IN_5_MIN, now: NOW },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('heading', { name: 'Confirm it’s you' })).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }))
    await expect(canvas.getByRole('alert')).toHaveTextContent('Fix 1 field to continue.')
  },
}

export const Spanish: Story = {
  args: { fields: [USER, PASSWORD] },
  globals: { locale: 'es' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    // The es strings download on first use; a loaded CI machine can take over a second.
    await expect(
      await canvas.findByRole(
        'heading',
        { name: 'Vuelve a iniciar sesión en tu cuenta' },
        { timeout: 5_000 },
      ),
    ).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Mostrar contraseña' })).toBeVisible()
  },
}

export const HostileMetadata: Story = {
  args: {
    connectorName: '<img src=x onerror=alert(1)>',
    fields: [
      {
        name: 'x',
        label: '<script>alert(1)</script> Usuário \u202Eodacifirev\u202C',
        type: 'text',
        placeholder: 'javascript:alert(1)',
        assistiveText: '<b onmouseover=alert(1)>ajuda</b>',
      },
      { name: 'img', label: 'QR', type: 'image', data: 'javascript:alert(1)' },
    ],
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('script, [onerror], [onmouseover]')).toBeNull()
  },
}
