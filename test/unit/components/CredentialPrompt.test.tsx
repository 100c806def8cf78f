import { act, fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { CredentialPrompt } from '../../../src/components/CredentialPrompt'
import { clockFrom } from '../../../src/components/shared-countdown'
import type { ConnectorCredential } from '../../../src/core/model'
import {
  findActiveMarkup,
  HOSTILE_STRINGS,
  HOSTILE_TEXTS,
  HOSTILE_URLS,
} from '../../fixtures/hostile'
import {
  axeViolations,
  leakedInternals,
  LOCALES,
  preloadLocales,
  renderIn,
  type TestLocale,
} from './prompt-test-utils'

// A huge but valid https URL in the corpus may be shown; everything else must not.
const UNSAFE_URLS = HOSTILE_URLS.filter((url) => !url.startsWith('https://'))

const pt = LOCALES['pt-BR'].credentials

const USER: ConnectorCredential = {
  name: 'user',
  label: 'Usuário',
  type: 'text',
  placeholder: 'user-ok',
  assistiveText: 'O usuário do internet banking.',
  validation: '^user-',
  validationMessage: 'O usuário deve começar com "user-".',
}
const PASSWORD: ConnectorCredential = { name: 'password', label: 'Senha', type: 'password' }
const AGENCY: ConnectorCredential = {
  name: 'agency',
  label: 'Agência',
  type: 'number',
  validation: '^\\d{4}$',
}
const ACCOUNT_TYPE: ConnectorCredential = {
  name: 'account',
  label: 'Selecione a conta',
  type: 'select',
  options: [
    { value: '1', label: 'Conta corrente' },
    { value: '2', label: 'Poupança' },
  ],
}
/** An SMS token parameter as Pluggy sends it (WAITING_USER_INPUT). */
const SMS_TOKEN: ConnectorCredential = {
  name: 'token',
  label: 'Token SMS',
  type: 'number',
  placeholder: 'Ex.: 123456',
  validation: '^\\d{6}$',
  validationMessage: 'O token deve ter 6 números.',
  assistiveText: 'Enviamos um SMS para o celular cadastrado.',
  optional: false,
  mfa: true,
}
const QR_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='
/** A QR-code parameter as Pluggy sends it: a picture to scan, nothing to type. */
const QR: ConnectorCredential = {
  name: 'qr',
  label: 'Escaneie o QR Code',
  type: 'image',
  data: QR_PNG,
}

const LOGIN = [USER, PASSWORD]

beforeAll(preloadLocales)
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

function renderPrompt(
  props: Partial<Parameters<typeof CredentialPrompt>[0]> = {},
  locale: TestLocale = 'pt-BR',
) {
  const onSubmit = props.onSubmit ?? vi.fn()
  const view = renderIn(locale, <CredentialPrompt fields={LOGIN} {...props} onSubmit={onSubmit} />)
  return { ...view, onSubmit }
}

describe('CredentialPrompt: inputs', () => {
  it('renders a labelled text input with its help, placeholder and username autocomplete', () => {
    renderPrompt()
    const user = screen.getByLabelText('Usuário')
    expect(user).toHaveAttribute('type', 'text')
    expect(user).toHaveAttribute('autocomplete', 'username')
    expect(user).toHaveAttribute('placeholder', 'user-ok')
    expect(user).toBeRequired()
    expect(user).toHaveAccessibleDescription('O usuário do internet banking.')
    expect(screen.getByText('O usuário do internet banking.')).toHaveAttribute('lang', 'pt-BR')
  })

  it('renders a password input with current-password and a reveal toggle button', async () => {
    const user = userEvent.setup()
    renderPrompt()
    const password = screen.getByLabelText('Senha')
    expect(password).toHaveAttribute('type', 'password')
    expect(password).toHaveAttribute('autocomplete', 'current-password')
    const toggle = screen.getByRole('button', { name: pt.revealPassword })
    expect(toggle).toHaveAttribute('type', 'button')
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    expect(password).toHaveAttribute('type', 'text')
    await user.click(toggle)
    expect(password).toHaveAttribute('type', 'password')
  })

  it('renders a number as text with a numeric keypad, so leading zeros survive', async () => {
    const user = userEvent.setup()
    const { onSubmit } = renderPrompt({ fields: [AGENCY] })
    const agency = screen.getByLabelText('Agência')
    expect(agency).toHaveAttribute('type', 'text')
    expect(agency).toHaveAttribute('inputmode', 'numeric')
    expect(agency).toHaveAttribute('pattern', '[0-9]*')
    await user.type(agency, '0001{Enter}')
    expect(onSubmit).toHaveBeenCalledWith({ agency: '0001' })
  })

  it('renders a select from options and submits the chosen value', async () => {
    const user = userEvent.setup()
    const { onSubmit } = renderPrompt({ fields: [ACCOUNT_TYPE], mode: 'mfa' })
    const select = screen.getByRole('combobox', { name: 'Selecione a conta' })
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([pt.selectPlaceholder, 'Conta corrente', 'Poupança'])
    await user.selectOptions(select, 'Poupança')
    await user.click(screen.getByRole('button', { name: pt.submit.mfa }))
    expect(onSubmit).toHaveBeenCalledWith({ account: '2' })
  })

  it('asks to choose when the select is left empty', async () => {
    const user = userEvent.setup()
    const { onSubmit } = renderPrompt({ fields: [ACCOUNT_TYPE] })
    await user.click(screen.getByRole('button', { name: pt.submit.credentials }))
    expect(onSubmit).not.toHaveBeenCalled()
    expect(screen.getByRole('combobox')).toHaveAccessibleDescription(pt.validation.required)
  })

  it('shows an MFA QR image with a text alternative, and "scanned" submits it', async () => {
    const user = userEvent.setup()
    const { onSubmit } = renderPrompt({ fields: [QR], mode: 'mfa' })
    const image = screen.getByRole('img')
    expect(image).toHaveAttribute('src', QR_PNG)
    expect(image).toHaveAccessibleName(
      pt.image.alt.replace('{{description}}', 'Escaneie o QR Code'),
    )
    expect(screen.queryByRole('textbox')).toBeNull()
    await user.click(screen.getByRole('button', { name: pt.submit.scanned }))
    expect(onSubmit).toHaveBeenCalledWith({ qr: '' })
  })

  it('turns bare base64 image data into a data URL', () => {
    renderPrompt({ fields: [{ ...QR, data: QR_PNG.replace('data:image/png;base64,', '') }] })
    expect(screen.getByRole('img')).toHaveAttribute('src', QR_PNG)
  })

  it('shows the input of an image that expects a typed answer (captcha)', async () => {
    const user = userEvent.setup()
    const captcha: ConnectorCredential = {
      name: 'captcha',
      label: 'Digite os caracteres da imagem',
      type: 'image',
      data: QR_PNG,
      placeholder: 'abc123',
    }
    const { onSubmit } = renderPrompt({ fields: [captcha] })
    expect(screen.getByRole('img')).toBeInTheDocument()
    await user.type(screen.getByLabelText('Digite os caracteres da imagem'), 'x7k2{Enter}')
    expect(onSubmit).toHaveBeenCalledWith({ captcha: 'x7k2' })
  })

  it.each(UNSAFE_URLS)('never uses image data %j as a src', (data) => {
    const { container } = renderPrompt({ fields: [{ ...QR, data }] })
    expect(screen.queryByRole('img')).toBeNull()
    expect(screen.getByText(pt.image.unavailable)).toBeInTheDocument()
    expect(findActiveMarkup(container)).toEqual([])
  })

  it('renders an oauth field as a link only when data is http(s)', () => {
    renderPrompt({
      fields: [
        { name: 'oauth', label: 'Entrar', type: 'oauth', data: 'https://bank.example/auth?x=1' },
      ],
      connectorName: 'Itaú',
    })
    const link = screen.getByRole('link', { name: 'Abrir Itaú para autorizar' })
    expect(link).toHaveAttribute('href', 'https://bank.example/auth?x=1')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(link).toHaveAccessibleDescription(pt.oauth.hint)
  })

  it.each(UNSAFE_URLS)('treats an oauth field with data %j as unsupported', async (data) => {
    const user = userEvent.setup()
    const onReconnect = vi.fn()
    const { container } = renderPrompt({
      fields: [{ name: 'oauth', label: 'Entrar', type: 'oauth', data }],
      onReconnect,
    })
    expect(screen.queryByRole('link')).toBeNull()
    await user.click(screen.getByRole('button', { name: pt.unsupported.action }))
    expect(onReconnect).toHaveBeenCalledTimes(1)
    expect(findActiveMarkup(container)).toEqual([])
  })

  it.each(['hcaptcha', 'ethaddress', 'fingerprint'])(
    'a required %s field sends the user to onReconnect',
    async (type) => {
      const user = userEvent.setup()
      const onReconnect = vi.fn()
      renderPrompt({ fields: [USER, { name: 'x', label: 'Desafio', type }], onReconnect })
      expect(screen.getByText(pt.unsupported.message)).toBeInTheDocument()
      expect(screen.queryByRole('textbox')).toBeNull()
      await user.click(screen.getByRole('button', { name: pt.unsupported.action }))
      expect(onReconnect).toHaveBeenCalledTimes(1)
    },
  )

  it('leaves out an optional field it cannot render', () => {
    renderPrompt({
      fields: [USER, { name: 'x', label: 'Desafio', type: 'hcaptcha', optional: true }],
    })
    expect(screen.getByLabelText('Usuário')).toBeInTheDocument()
    expect(screen.queryByText(pt.unsupported.message)).toBeNull()
  })

  it('marks optional fields and does not require them', async () => {
    const user = userEvent.setup()
    const { onSubmit } = renderPrompt({
      fields: [PASSWORD, { name: 'nickname', label: 'Apelido', type: 'text', optional: true }],
    })
    const nickname = screen.getByLabelText(/Apelido/)
    expect(nickname).not.toBeRequired()
    expect(screen.getByText(/\(opcional\)/)).toBeInTheDocument()
    await user.type(screen.getByLabelText('Senha'), 'pw{Enter}')
    expect(onSubmit).toHaveBeenCalledWith({ password: 'pw' })
  })

  it('uses one-time-code for an MFA prompt', () => {
    renderPrompt({ fields: [SMS_TOKEN], mode: 'mfa' })
    const token = screen.getByLabelText('Token SMS')
    expect(token).toHaveAttribute('autocomplete', 'one-time-code')
    expect(token).toHaveAttribute('inputmode', 'numeric')
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(pt.heading.mfa)
  })

  it('honours headingLevel, className and style', () => {
    const { container } = renderPrompt({ headingLevel: 3, className: 'mine', style: { margin: 3 } })
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(pt.heading.credentials)
    const root = container.querySelector('.farol-CredentialPrompt')
    expect(root).toHaveClass('mine')
    expect(root).toHaveStyle({ margin: '3px' })
    expect(root).toHaveAttribute('data-state', 'ready')
  })
})

describe('CredentialPrompt: validation', () => {
  it('checks the server regex and shows its validationMessage on the field, in pt-BR', async () => {
    const user = userEvent.setup()
    const { onSubmit } = renderPrompt()
    await user.type(screen.getByLabelText('Usuário'), 'bob')
    await user.type(screen.getByLabelText('Senha'), 'secret')
    await user.click(screen.getByRole('button', { name: pt.submit.credentials }))
    expect(onSubmit).not.toHaveBeenCalled()
    const field = screen.getByLabelText('Usuário')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription(
      'O usuário do internet banking. O usuário deve começar com "user-".',
    )
    expect(screen.getByText('O usuário deve começar com "user-".')).toHaveAttribute('lang', 'pt-BR')
    expect(screen.getByRole('alert')).toHaveTextContent('Corrija 1 campo para continuar.')
  })

  it('falls back to a localized message when the regex has no validationMessage', async () => {
    const user = userEvent.setup()
    renderPrompt({ fields: [AGENCY] })
    await user.type(screen.getByLabelText('Agência'), '12{Enter}')
    expect(screen.getByLabelText('Agência')).toHaveAccessibleDescription(pt.validation.pattern)
  })

  it('says which fields are required, and moves focus to the first invalid one', async () => {
    const user = userEvent.setup()
    renderPrompt()
    await user.type(screen.getByLabelText('Usuário'), 'user-ok')
    await user.click(screen.getByRole('button', { name: pt.submit.credentials }))
    const password = screen.getByLabelText('Senha')
    expect(password).toHaveFocus()
    expect(password).toHaveAccessibleDescription(pt.validation.required)
  })

  it('focuses the first invalid field in field order', async () => {
    const user = userEvent.setup()
    renderPrompt()
    await user.click(screen.getByRole('button', { name: pt.submit.credentials }))
    expect(screen.getByLabelText('Usuário')).toHaveFocus()
    expect(screen.getByRole('alert')).toHaveTextContent('Corrija 2 campos para continuar.')
  })

  it('clears a field error as soon as the field is edited', async () => {
    const user = userEvent.setup()
    renderPrompt()
    await user.click(screen.getByRole('button', { name: pt.submit.credentials }))
    await user.type(screen.getByLabelText('Senha'), 'x')
    expect(screen.getByLabelText('Senha')).not.toHaveAttribute('aria-invalid')
    expect(screen.getByLabelText('Usuário')).toHaveAttribute('aria-invalid', 'true')
  })

  it.each(['(?i)^user', '^\\Auser', '[[:alpha:]]+', 'a++', '(unclosed'])(
    'skips a regex JS cannot read (%s): the server validates it',
    async (validation) => {
      const user = userEvent.setup()
      const { onSubmit } = renderPrompt({ fields: [{ ...USER, validation }] })
      await user.type(screen.getByLabelText('Usuário'), 'anything{Enter}')
      expect(onSubmit).toHaveBeenCalledWith({ user: 'anything' })
    },
  )

  it('shows 400 fieldErrors next to their fields and form-level ones in the summary', async () => {
    const user = userEvent.setup()
    const { rerender, onSubmit } = renderPrompt()
    await user.type(screen.getByLabelText('Usuário'), 'user-x')
    await user.type(screen.getByLabelText('Senha'), 'pw{Enter}')
    expect(onSubmit).toHaveBeenCalledTimes(1)
    const fieldErrors = {
      password: ['Password is required'],
      user: ['O user deve começar com "user-"'],
      '': ['Connector parameters do not match validation rules'],
    }
    rerender(<CredentialPrompt fields={LOGIN} onSubmit={onSubmit} fieldErrors={fieldErrors} />)
    const userField = screen.getByLabelText('Usuário')
    expect(userField).toHaveAttribute('aria-invalid', 'true')
    expect(userField).toHaveAccessibleDescription(
      'O usuário do internet banking. O user deve começar com "user-"',
    )
    expect(screen.getByLabelText('Senha')).toHaveAccessibleDescription('Password is required')
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent(pt.validation.serverSummary)
    expect(alert).toHaveTextContent('Connector parameters do not match validation rules')
    // The errors arrived after a submit: focus goes to the first field that has one.
    expect(userField).toHaveFocus()
    await user.type(userField, 'user-ok')
    expect(userField).not.toHaveAttribute('aria-invalid')
    expect(screen.getByLabelText('Senha')).toHaveAttribute('aria-invalid', 'true')
  })

  it('puts API errors for fields it does not show into the summary', () => {
    renderIn(
      'pt-BR',
      <CredentialPrompt
        fields={LOGIN}
        onSubmit={vi.fn()}
        fieldErrors={{ cpf: ['CPF inválido'] }}
      />,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('CPF inválido')
  })
})

describe('CredentialPrompt: submitting', () => {
  it('calls onSubmit once on a double click while the submit is pending', async () => {
    const user = userEvent.setup()
    let resolve: () => void = () => {}
    const onSubmit = vi.fn(() => new Promise<void>((r) => (resolve = r)))
    renderPrompt({ onSubmit })
    await user.type(screen.getByLabelText('Usuário'), 'user-ok')
    await user.type(screen.getByLabelText('Senha'), 'password-ok')
    const submit = screen.getByRole('button', { name: pt.submit.credentials })
    await user.dblClick(submit)
    await user.click(submit)
    await user.keyboard('{Enter}')
    expect(onSubmit).toHaveBeenCalledTimes(1)
    expect(onSubmit).toHaveBeenCalledWith({ user: 'user-ok', password: 'password-ok' })
    expect(screen.getByRole('button', { name: pt.submit.submitting })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    expect(screen.getByLabelText('Senha')).toHaveAttribute('readonly')
    await act(async () => resolve())
    expect(screen.getByRole('button', { name: pt.submit.credentials })).not.toHaveAttribute(
      'aria-disabled',
    )
  })

  it('ignores submits while the host says it is submitting', async () => {
    const user = userEvent.setup()
    const { onSubmit } = renderPrompt({ fields: [PASSWORD], submitting: true })
    await user.click(screen.getByRole('button', { name: pt.submit.submitting }))
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it.each([
    ['resolves', () => Promise.resolve()],
    ['returns nothing', () => undefined],
  ])('clears the typed values after a submit that %s', async (_, outcome) => {
    const user = userEvent.setup()
    const onSubmit = vi.fn(outcome)
    renderPrompt({ onSubmit })
    await user.type(screen.getByLabelText('Usuário'), 'user-ok')
    await user.type(screen.getByLabelText('Senha'), 'password-ok{Enter}')
    await act(async () => {})
    expect(onSubmit).toHaveBeenCalledTimes(1)
    expect(screen.getByLabelText('Usuário')).toHaveValue('')
    expect(screen.getByLabelText('Senha')).toHaveValue('')
  })

  it.each([
    ['rejects', () => Promise.reject(new Error('400'))],
    [
      'throws',
      () => {
        throw new Error('offline')
      },
    ],
  ])('keeps the typed values, password included, after a submit that %s', async (_, outcome) => {
    const user = userEvent.setup()
    const onSubmit = vi.fn<(values: Record<string, string>) => void | Promise<unknown>>(outcome)
    renderPrompt({ onSubmit })
    await user.type(screen.getByLabelText('Usuário'), 'user-ok')
    await user.type(screen.getByLabelText('Senha'), 'password-ok{Enter}')
    await act(async () => {})
    expect(onSubmit).toHaveBeenCalledTimes(1)
    expect(screen.getByLabelText('Usuário')).toHaveValue('user-ok')
    expect(screen.getByLabelText('Senha')).toHaveValue('password-ok')
    // Resubmitting sends them again, and a success clears them.
    onSubmit.mockImplementation(() => undefined)
    await user.click(screen.getByRole('button', { name: pt.submit.credentials }))
    expect(onSubmit).toHaveBeenLastCalledWith({ user: 'user-ok', password: 'password-ok' })
    expect(screen.getByLabelText('Senha')).toHaveValue('')
  })

  it('never writes a typed secret to the console, storage, URL or DOM', async () => {
    const user = userEvent.setup()
    const secret = 'S3cr3t-p4ss-🔑'
    const spies = [
      ...(['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((method) =>
        vi.spyOn(console, method),
      ),
      vi.spyOn(Storage.prototype, 'setItem'),
      vi.spyOn(window.history, 'pushState'),
      vi.spyOn(window.history, 'replaceState'),
    ]
    // A submit that worked: the form lets go of the values (a failed one keeps them to fix).
    const onSubmit = vi.fn(() => Promise.resolve())
    const { container } = renderPrompt({ onSubmit })
    await user.type(screen.getByLabelText('Usuário'), 'user-ok')
    await user.type(screen.getByLabelText('Senha'), secret)
    await user.click(screen.getByRole('button', { name: pt.revealPassword }))
    await user.click(screen.getByLabelText('Senha'))
    await user.keyboard('{Enter}')
    await act(async () => {})
    expect(onSubmit).toHaveBeenCalledWith({ user: 'user-ok', password: secret })
    for (const spy of spies) {
      expect(JSON.stringify(spy.mock.calls)).not.toContain(secret)
    }
    expect(window.location.href).not.toContain(encodeURIComponent(secret))
    expect(container.innerHTML).not.toContain(secret)
    expect(screen.getByLabelText('Senha')).toHaveValue('')
    expect(screen.getByLabelText('Usuário')).toHaveValue('')
  })

  it('offers cancel', async () => {
    const user = userEvent.setup()
    const onCancel = vi.fn()
    renderPrompt({ onCancel })
    await user.click(screen.getByRole('button', { name: 'Cancelar' }))
    expect(onCancel).toHaveBeenCalledTimes(1)
  })
})

describe('CredentialPrompt: expiry', () => {
  const start = new Date('2026-07-20T10:00:00.000Z')
  const expiresAt = '2026-07-20T10:05:00.000Z'

  it('counts down every second on a clock running from a known start', () => {
    vi.useFakeTimers({ now: new Date('2026-07-20T12:00:00.000Z') })
    renderPrompt({ fields: [SMS_TOKEN], mode: 'mfa', expiresAt, now: clockFrom(start) })
    expect(screen.getByText('O código expira em 5:00')).toBeInTheDocument()
    act(() => vi.advanceTimersByTime(1000))
    expect(screen.getByText('O código expira em 4:59')).toBeInTheDocument()
    act(() => vi.advanceTimersByTime(59_000))
    expect(screen.getByText('O código expira em 4:00')).toBeInTheDocument()
  })

  it('a Date freezes the clock: the countdown stands still, as in StatusBanner', () => {
    vi.useFakeTimers({ now: new Date('2026-07-20T12:00:00.000Z') })
    renderPrompt({ fields: [SMS_TOKEN], mode: 'mfa', expiresAt, now: new Date(start) })
    expect(screen.getByText('O código expira em 5:00')).toBeInTheDocument()
    act(() => vi.advanceTimersByTime(10_000))
    expect(screen.getByText('O código expira em 5:00')).toBeInTheDocument()
  })

  it('takes expiresAt from the MFA parameter and a now function', () => {
    let now = new Date('2026-07-20T10:04:01.000Z').getTime()
    vi.useFakeTimers()
    renderPrompt({ fields: [{ ...SMS_TOKEN, expiresAt }], mode: 'mfa', now: () => new Date(now) })
    expect(screen.getByText('O código expira em 0:59')).toBeInTheDocument()
    now += 30_000
    act(() => vi.advanceTimersByTime(1000))
    expect(screen.getByText('O código expira em 0:29')).toBeInTheDocument()
  })

  it('announces only at thresholds, not every second', () => {
    vi.useFakeTimers({ now: new Date('2026-07-20T10:02:30.000Z') })
    renderPrompt({ fields: [SMS_TOKEN], mode: 'mfa', expiresAt })
    const live = screen.getByRole('status')
    expect(live).toHaveTextContent('')
    const heard = new Set<string>()
    for (let i = 0; i < 160; i++) {
      act(() => vi.advanceTimersByTime(1000))
      heard.add(live.textContent ?? '')
    }
    expect([...heard]).toEqual([
      '',
      'Faltam menos de 2 minutos para o código expirar.',
      'Falta menos de 1 minuto para o código expirar.',
      'Faltam menos de 30 segundos para o código expirar.',
      pt.expiry.expired,
    ])
  })

  it('after expiry: disabled submit, a message, and a way to start again', async () => {
    vi.useFakeTimers({ now: new Date('2026-07-20T10:04:58.000Z') })
    const onReconnect = vi.fn()
    const { onSubmit, container } = renderPrompt({
      fields: [SMS_TOKEN],
      mode: 'mfa',
      expiresAt,
      onReconnect,
    })
    expect(screen.queryByRole('button', { name: pt.restart })).toBeNull()
    act(() => vi.advanceTimersByTime(2000))
    expect(screen.getByText(pt.expiry.expired, { selector: 'p' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: pt.submit.mfa })).toBeDisabled()
    expect(container.querySelector('.farol-CredentialPrompt')).toHaveAttribute(
      'data-state',
      'expired',
    )
    fireEvent.submit(container.querySelector('form')!)
    expect(onSubmit).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', { name: pt.restart }))
    expect(onReconnect).toHaveBeenCalledTimes(1)
  })

  it('shows no countdown without a deadline, or with an invalid one', () => {
    renderPrompt({ fields: [SMS_TOKEN], mode: 'mfa', expiresAt: 'not a date' })
    expect(screen.queryByText(/expira/)).toBeNull()
  })
})

describe('CredentialPrompt: locales', () => {
  it.each(['pt-BR', 'en', 'es'] as const)(
    'speaks %s with no raw keys or enum names',
    async (locale) => {
      const user = userEvent.setup()
      const strings = LOCALES[locale].credentials
      vi.useFakeTimers({ now: new Date('2026-07-20T10:00:00.000Z'), shouldAdvanceTime: true })
      const { container } = renderPrompt(
        {
          fields: [SMS_TOKEN, PASSWORD],
          mode: 'mfa',
          expiresAt: '2026-07-20T10:05:00.000Z',
          connectorName: 'Itaú',
          onCancel: vi.fn(),
        },
        locale,
      )
      expect(screen.getByRole('heading')).toHaveTextContent(strings.heading.mfa)
      expect(screen.getByText(strings.intro.mfa.replace('{{connectorName}}', 'Itaú'))).toBeVisible()
      expect(screen.getByRole('button', { name: strings.revealPassword })).toBeInTheDocument()
      expect(
        screen.getByText(strings.expiry.remaining.replace('{{time}}', '5:00')),
      ).toBeInTheDocument()
      await user.click(screen.getByRole('button', { name: strings.submit.mfa }))
      expect(screen.getByRole('alert')).toHaveTextContent(
        strings.validation.summary_other.replace('{{count}}', '2'),
      )
      expect(screen.getByLabelText('Senha')).toHaveAccessibleDescription(
        strings.validation.required,
      )
      expect(leakedInternals(container.textContent ?? '')).toEqual([])
      for (const button of screen.getAllByRole('button')) {
        expect(button.textContent?.trim()).not.toBe('')
      }
    },
  )

  it.each(['pt-BR', 'en', 'es'] as const)('%s: unsupported and oauth texts', (locale) => {
    const strings = LOCALES[locale].credentials
    const { container } = renderPrompt(
      { fields: [{ name: 'h', label: 'Captcha', type: 'hcaptcha' }], onReconnect: vi.fn() },
      locale,
    )
    expect(screen.getByText(strings.unsupported.message)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: strings.unsupported.action })).toBeInTheDocument()
    expect(screen.getByText(strings.intro.credentialsGeneric)).toBeInTheDocument()
    expect(leakedInternals(container.textContent ?? '')).toEqual([])
  })
})

describe('CredentialPrompt: hostile field metadata', () => {
  it.each(Object.entries(HOSTILE_TEXTS))('renders %s as inert text', async (_, hostile) => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {})
    const user = userEvent.setup()
    const fields: ConnectorCredential[] = [
      {
        name: hostile,
        label: hostile,
        type: 'text',
        placeholder: hostile,
        assistiveText: hostile,
        instructions: hostile,
        validation: '^ok$',
        validationMessage: hostile,
      },
      {
        name: 'choice',
        label: hostile,
        type: 'select',
        options: [{ value: hostile, label: hostile }],
      },
      { name: 'img', label: hostile, type: 'image', data: hostile },
    ]
    const { container } = renderPrompt({
      fields,
      connectorName: hostile,
      fieldErrors: { '': [hostile] },
    })
    const input = container.querySelector('input')!
    await user.type(input, 'bad')
    await user.click(screen.getByRole('button', { name: pt.submit.credentials }))
    expect(findActiveMarkup(container)).toEqual([])
    expect(container.textContent).toContain(hostile)
    expect(alert).not.toHaveBeenCalled()
  })

  it('keeps every hostile string as literal text in the label', () => {
    for (const hostile of HOSTILE_STRINGS) {
      const { unmount } = renderPrompt({ fields: [{ name: 'x', label: hostile, type: 'text' }] })
      expect(screen.getByRole('textbox')).toHaveAccessibleName(hostile)
      unmount()
    }
  })
})

describe('CredentialPrompt: accessibility (axe)', () => {
  const states: Array<[string, Partial<Parameters<typeof CredentialPrompt>[0]>]> = [
    ['login form', { fields: [USER, PASSWORD, AGENCY, ACCOUNT_TYPE], onCancel: () => {} }],
    ['MFA with countdown', { fields: [SMS_TOKEN], mode: 'mfa', expiresAt: '2999-01-01' }],
    ['QR image', { fields: [QR], mode: 'mfa' }],
    [
      'oauth',
      { fields: [{ name: 'o', label: 'Entrar', type: 'oauth', data: 'https://b.example' }] },
    ],
    [
      'unsupported',
      { fields: [{ name: 'h', label: 'x', type: 'hcaptcha' }], onReconnect: () => {} },
    ],
    [
      'expired',
      { fields: [SMS_TOKEN], mode: 'mfa', expiresAt: '2000-01-01', onReconnect: () => {} },
    ],
    ['server errors', { fieldErrors: { user: ['Usuário inválido'], '': ['Tente de novo'] } }],
    ['submitting', { submitting: true }],
  ]

  it.each(states)('%s has no violations', async (_, props) => {
    const { container } = renderPrompt(props)
    expect(await axeViolations(container)).toEqual([])
  })

  it('client validation errors have no violations', async () => {
    const user = userEvent.setup()
    const { container } = renderPrompt()
    await user.click(screen.getByRole('button', { name: pt.submit.credentials }))
    expect(await axeViolations(container)).toEqual([])
  })
})
