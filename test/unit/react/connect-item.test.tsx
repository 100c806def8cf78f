// ConnectItem on the sandbox behind MSW (real client, real React Query, fake clock):
// the whole flow a user goes through, and each way creating an item can fail.
import { act, fireEvent, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { ConnectItem, type ConnectItemEvent } from '../../../src/components'
import type { ApiProblem, Item } from '../../../src/core'
import {
  OFFLINE_BANK_ID,
  OPEN_FINANCE_BANK_ID,
  PLUGGY_BANK_ID,
  PLUGGY_BANK_MFA_ID,
  SANDBOX_CREDENTIALS,
  SANDBOX_MFA_TOKEN,
  VALIDATION_BANK_ID,
} from '../../../src/testing'
import { axeViolations } from '../components/status-test-utils'
import { advanceUntil, BASE_URL, flush, renderFarol, useSandbox } from './harness'

// The reference page's example (errors-and-validations.txt, "Item Creation Validations").
const REFERENCE_400 = {
  code: 400,
  message: 'There were errors validating the parameters',
  codeDescription: 'CONNECTOR_VALIDATION_ERROR',
  errors: [
    {
      code: '002',
      message: 'password parameter length must be at least 6.',
      parameter: 'password',
    },
  ],
}

/** axe waits on timers: the fake clock is moved 1 ms at a time until it answers. */
async function axeOnFakeClock(container: HTMLElement): Promise<string[]> {
  let done = false
  const result = axeViolations(container).finally(() => {
    done = true
  })
  while (!done) await act(() => vi.advanceTimersByTimeAsync(1))
  return result
}

function setup(props: Partial<Parameters<typeof ConnectItem>[0]> = {}) {
  const events: ConnectItemEvent[] = []
  const onSuccess = vi.fn<(item: Item) => void>()
  const onError = vi.fn<(problem: ApiProblem) => void>()
  const view = renderFarol(
    <ConnectItem
      onEvent={(event) => events.push(event)}
      onSuccess={onSuccess}
      onError={onError}
      {...props}
    />,
  )
  const root = () => view.container.querySelector<HTMLElement>('.farol-ConnectItem')!
  return { ...view, events, onSuccess, onError, root, step: () => root().dataset.step }
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label, { exact: true }), { target: { value } })
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Conectar' }))

async function pick(name: string) {
  await flush()
  const search = screen.getByRole('combobox', { name: 'Buscar instituição' })
  fireEvent.change(search, { target: { value: name } })
  fireEvent.keyDown(search, { key: 'Enter' })
  await flush()
}

describe('ConnectItem', () => {
  const { sandbox, server } = useSandbox()

  it('pick → a short password caught before sending (values kept) → fixed → syncing → success', async () => {
    const flow = setup({ products: ['ACCOUNTS', 'TRANSACTIONS'] })
    expect(flow.step()).toBe('pick')
    await pick('pluggy bank')
    expect(flow.step()).toBe('credentials')
    const heading = screen.getByRole('heading', { name: 'Conecte sua conta Pluggy Bank' })
    expect(heading).toHaveFocus()

    type('Usuário', SANDBOX_CREDENTIALS.user)
    type('Senha', 'abc')
    submit()
    await flush()
    const password = screen.getByLabelText('Senha', { exact: true })
    expect(password).toHaveAttribute('aria-invalid', 'true')
    // The connector's own rule and message (its `validation` and `validationMessage`).
    expect(password).toHaveAccessibleDescription('password parameter length must be at least 6.')
    expect(password).toHaveFocus()
    // Nothing the user typed is lost, the password included.
    expect(password).toHaveValue('abc')
    expect(screen.getByLabelText('Usuário')).toHaveValue(SANDBOX_CREDENTIALS.user)
    expect(sandbox.requests().some((r) => r.method === 'POST')).toBe(false)
    expect(await axeOnFakeClock(flow.container)).toEqual([])

    type('Senha', SANDBOX_CREDENTIALS.password)
    submit()
    await flush()
    expect(['connecting', 'success']).toContain(flow.step())
    await advanceUntil(() => flow.step() === 'success')
    expect(screen.getByRole('heading', { name: 'Conta conectada' })).toHaveFocus()
    expect(within(flow.root()).getByText('Sua conta Pluggy Bank está conectada.')).toBeVisible()
    expect(within(flow.root()).getByRole('list', { name: 'Dados conectados' })).toHaveTextContent(
      /Contas/,
    )
    expect(flow.onSuccess).toHaveBeenCalledTimes(1)
    const created = flow.onSuccess.mock.calls[0]![0]
    expect(created.status).toBe('UPDATED')
    expect(flow.events.map((event) => event.type)).toEqual([
      'connector-selected',
      'credentials-submitted',
      'item-created',
      'success',
    ])
    // No event carries what the user typed
    // (the connector's own placeholder is the sandbox password: leave the connector out).
    const sent = JSON.stringify(flow.events, (key, value: unknown) =>
      key === 'connector' ? undefined : value,
    )
    expect(sent).not.toContain(SANDBOX_CREDENTIALS.password)
    const posted = sandbox.requests().filter((r) => r.method === 'POST' && r.path === '/items')
    expect(posted).toHaveLength(1)
    expect(await axeOnFakeClock(flow.container)).toEqual([])
  }, 30_000)

  it('400 CONNECTOR_VALIDATION_ERROR (the reference body): the message on its field, values kept, focus on it', async () => {
    server.use(
      http.post(`${BASE_URL}/items`, () => HttpResponse.json(REFERENCE_400, { status: 400 }), {
        once: true,
      }),
    )
    const flow = setup({ selectedConnectorId: PLUGGY_BANK_ID })
    await flush()
    type('Usuário', SANDBOX_CREDENTIALS.user)
    type('Senha', 'segredo-1')
    submit()
    await flush()
    const password = screen.getByLabelText('Senha', { exact: true })
    expect(password).toHaveAttribute('aria-invalid', 'true')
    expect(password).toHaveAccessibleDescription('password parameter length must be at least 6.')
    expect(password).toHaveFocus()
    expect(password).toHaveValue('segredo-1')
    expect(flow.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'validation' }))
    expect(flow.events.map((event) => event.type)).toEqual(['credentials-submitted', 'error'])
    // Editing the field hides its server message; sending again works.
    type('Senha', SANDBOX_CREDENTIALS.password)
    expect(password).not.toHaveAttribute('aria-invalid')
    submit()
    await advanceUntil(() => flow.step() === 'success')
  })

  it("checks the connector's own rules before sending (no request)", async () => {
    const flow = setup({ selectedConnectorId: VALIDATION_BANK_ID })
    await flush()
    expect(flow.step()).toBe('credentials')
    type('Agência', '12')
    submit()
    await flush()
    expect(screen.getByLabelText('Agência')).toHaveAccessibleDescription(
      'A agência deve ter 4 números.',
    )
    expect(sandbox.requests().some((r) => r.method === 'POST')).toBe(false)
    // No picker was shown, so there is no way back to it.
    expect(screen.queryByRole('button', { name: 'Escolher outra instituição' })).toBeNull()
  })

  it('follows the item through MFA, emitting mfa-submitted', async () => {
    const flow = setup({ selectedConnectorId: PLUGGY_BANK_MFA_ID })
    await flush()
    type('Usuário', SANDBOX_CREDENTIALS.user)
    type('Senha', SANDBOX_CREDENTIALS.password)
    submit()
    await advanceUntil(() => screen.queryByLabelText('Token') !== null)
    expect(flow.step()).toBe('connecting')
    type('Token', SANDBOX_MFA_TOKEN)
    fireEvent.click(screen.getByRole('button', { name: 'Enviar' }))
    await advanceUntil(() => flow.step() === 'success')
    expect(flow.events.map((e) => e.type)).toContain('mfa-submitted')
    expect(flow.onSuccess).toHaveBeenCalledTimes(1)
  })

  it('an OFFLINE connector: a clear message and a way to choose another, values kept', async () => {
    const flow = setup()
    await flush()
    // The picker does not let it be chosen…
    await pick('fora do ar')
    expect(flow.step()).toBe('pick')
    flow.unmount()
    // …and a host that names it directly gets the API's refusal explained.
    const direct = setup({ selectedConnectorId: OFFLINE_BANK_ID })
    await flush()
    type('Usuário', SANDBOX_CREDENTIALS.user)
    type('Senha', SANDBOX_CREDENTIALS.password)
    submit()
    await flush()
    expect(direct.root().querySelector('[data-problem]')).toHaveTextContent(/fora do ar/)
    expect(screen.getByLabelText('Senha', { exact: true })).toHaveValue(
      SANDBOX_CREDENTIALS.password,
    )
  })

  it.each([
    [
      'creation limit (409)',
      () =>
        HttpResponse.json(
          {
            code: 409,
            message: 'Item creation limit exceeded',
            codeDescription: 'ITEM_CREATION_LIMIT_EXCEEDED',
          },
          { status: 409 },
        ),
      'creation-limit',
      /limite de conexões/,
    ],
    [
      'rate limit (429)',
      () =>
        HttpResponse.json(
          { code: 429, message: 'Too many requests' },
          { status: 429, headers: { 'Retry-After': '30' } },
        ),
      'rate-limited',
      /Muitas tentativas/,
    ],
    [
      'server error (503)',
      () => HttpResponse.json({ code: 503, message: 'Unavailable' }, { status: 503 }),
      'server',
      /teve um problema/,
    ],
    ['network failure', () => HttpResponse.error(), 'network', /Sem conexão/],
  ])(
    '%s: a clear message, the values kept, and sending again works',
    async (_, answer, kind, text) => {
      server.use(http.post(`${BASE_URL}/items`, answer, { once: true }))
      const flow = setup({ selectedConnectorId: PLUGGY_BANK_ID })
      await flush()
      type('Usuário', SANDBOX_CREDENTIALS.user)
      type('Senha', SANDBOX_CREDENTIALS.password)
      submit()
      await flush()
      const notice = flow.root().querySelector('[data-problem]')
      expect(notice).toHaveAttribute('data-problem', kind)
      expect(notice).toHaveTextContent(text)
      expect(flow.onError).toHaveBeenCalledWith(expect.objectContaining({ kind }))
      expect(screen.getByLabelText('Senha', { exact: true })).toHaveValue(
        SANDBOX_CREDENTIALS.password,
      )
      submit()
      await advanceUntil(() => flow.step() === 'success')
      expect(flow.onSuccess).toHaveBeenCalledTimes(1)
    },
  )

  it('ITEM_USER_ALREADY_EXISTS: offers the existing connection instead of a duplicate', async () => {
    const existing = sandbox.createItem('success', { stepMs: 1_000 })
    server.use(
      http.post(
        `${BASE_URL}/items`,
        () =>
          HttpResponse.json(
            {
              code: 400,
              message: 'Item already exists for this user',
              codeDescription: 'ITEM_USER_ALREADY_EXISTS',
              data: { items: [{ id: existing.id }] },
            },
            { status: 400 },
          ),
        { once: true },
      ),
    )
    const flow = setup({ selectedConnectorId: PLUGGY_BANK_ID })
    await flush()
    type('Usuário', SANDBOX_CREDENTIALS.user)
    type('Senha', SANDBOX_CREDENTIALS.password)
    submit()
    await flush()
    expect(flow.root().querySelector('[data-problem]')).toHaveTextContent(
      'Esta conta já está conectada',
    )
    fireEvent.click(screen.getByRole('button', { name: 'Usar a conexão existente' }))
    await advanceUntil(() => flow.step() === 'success')
    expect(flow.onSuccess.mock.calls[0]![0].id).toBe(existing.id)
    expect(flow.events.map((e) => e.type)).not.toContain('item-created')
  })

  it('Open Finance: the consent opens in a new tab, the flow waits, approval → success', async () => {
    const flow = setup({ selectedConnectorId: OPEN_FINANCE_BANK_ID })
    await flush()
    type('CPF', '761.092.776-73')
    submit()
    await advanceUntil(() => flow.step() === 'consent')
    const link = screen.getByRole('link', { name: /Abrir Pluggy Bank Open Finance para autorizar/ })
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus()
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(link.getAttribute('href')).toMatch(/^https?:\/\//)
    expect(flow.container.querySelector('iframe')).toBeNull()
    fireEvent.click(link)
    expect(screen.getByRole('status')).toHaveTextContent('Estamos esperando você autorizar')
    const opened = flow.events.find((event) => event.type === 'oauth-opened')
    expect(opened).toMatchObject({ mode: 'new-tab', url: link.getAttribute('href') })
    const itemId = flow.events.find((event) => event.type === 'item-created')!
    sandbox.answerConsent((itemId as { item: Item }).item.id, true)
    await advanceUntil(() => flow.step() === 'success')
    expect(flow.onSuccess).toHaveBeenCalledTimes(1)
  })

  it('Open Finance with oauthRedirectUri: the consent is a same-tab link; refused → its own guidance', async () => {
    const flow = setup({
      selectedConnectorId: OPEN_FINANCE_BANK_ID,
      oauthRedirectUri: 'https://host.example/contas',
    })
    await flush()
    type('CPF', '761.092.776-73')
    submit()
    await advanceUntil(() => flow.step() === 'consent')
    const link = screen.getByRole('link', { name: /para autorizar/ })
    expect(link).not.toHaveAttribute('target')
    const created = flow.events.find((event) => event.type === 'item-created') as {
      item: Item
    }
    expect(sandbox.getItem(created.item.id)?.oauthRedirectUri).toBe('https://host.example/contas')
    sandbox.answerConsent(created.item.id, false)
    await advanceUntil(
      () => flow.step() === 'connecting' && flow.root().querySelector('[data-reason]') !== null,
    )
    expect(flow.root().querySelector('.farol-ItemConnectionStatus')).toHaveAttribute(
      'data-reason',
      'consent-not-granted',
    )
    expect(flow.events.at(-1)).toMatchObject({ type: 'error', reason: 'consent-not-granted' })
  })

  it('a second connection with the same credentials: the sandbox says it exists, the UI offers it', async () => {
    const first = setup({ selectedConnectorId: PLUGGY_BANK_ID })
    await flush()
    type('Usuário', SANDBOX_CREDENTIALS.user)
    type('Senha', SANDBOX_CREDENTIALS.password)
    submit()
    await advanceUntil(() => first.step() === 'success')
    const firstId = first.onSuccess.mock.calls[0]![0].id
    first.unmount()
    const second = setup({ selectedConnectorId: PLUGGY_BANK_ID })
    await flush()
    type('Usuário', SANDBOX_CREDENTIALS.user)
    type('Senha', SANDBOX_CREDENTIALS.password)
    submit()
    await flush()
    expect(second.root().querySelector('[data-problem="duplicate-item"]')).not.toBeNull()
    expect(sandbox.listItems()).toHaveLength(1)
    fireEvent.click(screen.getByRole('button', { name: 'Usar a conexão existente' }))
    await advanceUntil(() => second.step() === 'success')
    expect(second.onSuccess.mock.calls[0]![0].id).toBe(firstId)
  })

  it('with itemId: follows an existing item (reconnect) to success', async () => {
    const existing = sandbox.createItem('invalid-credentials', { stepMs: 1_000 })
    const flow = setup({ itemId: existing.id })
    await advanceUntil(() => screen.queryByLabelText('Senha', { exact: true }) !== null)
    expect(flow.step()).toBe('connecting')
    type('Usuário', SANDBOX_CREDENTIALS.user)
    type('Senha', SANDBOX_CREDENTIALS.password)
    fireEvent.click(screen.getByRole('button', { name: 'Conectar' }))
    await advanceUntil(() => flow.step() === 'success')
    expect(flow.onSuccess).toHaveBeenCalledTimes(1)
  })

  it('with itemId: a revoked Open Finance consent is renewed with the connector form (PATCH)', async () => {
    const existing = sandbox.createItem('user-authorization-revoked', { stepMs: 1_000 })
    const flow = setup({ itemId: existing.id })
    await advanceUntil(() => screen.queryByRole('button', { name: 'Renovar autorização' }) !== null)
    fireEvent.click(screen.getByRole('button', { name: 'Renovar autorização' }))
    await flush()
    expect(flow.step()).toBe('credentials')
    expect(screen.getByRole('button', { name: 'Cancelar' })).toBeInTheDocument()
    type('CPF', '761.092.776-73')
    submit()
    await advanceUntil(() => flow.step() === 'success')
    expect(flow.onSuccess).toHaveBeenCalledTimes(1)
    const patched = sandbox.requests().filter((r) => r.method === 'PATCH')
    expect(patched).toHaveLength(1)
    expect(sandbox.requests().some((r) => r.method === 'POST' && r.path === '/items')).toBe(false)
  })

  it('with an itemId that cannot be loaded: says so and offers a retry (no endless loading)', async () => {
    const flow = setup({ itemId: 'no-such-item' })
    await advanceUntil(() => flow.root().querySelector('[data-phase="error"]') !== null)
    expect(flow.step()).toBe('connecting')
    expect(within(flow.root()).getByRole('alert')).toBeInTheDocument()
    expect(
      within(flow.root()).getByRole('button', { name: 'Tentar novamente' }),
    ).toBeInTheDocument()
  })

  it('close: the button and Escape in an empty search call onClose with a closed event', async () => {
    const onClose = vi.fn()
    const flow = setup({ onClose })
    await flush()
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Escape' })
    expect(onClose).toHaveBeenCalledTimes(1)
    fireEvent.click(screen.getByRole('button', { name: 'Fechar' }))
    expect(onClose).toHaveBeenCalledTimes(2)
    expect(flow.events.filter((e) => e.type === 'closed')).toHaveLength(1)
  })
})
