// ConnectItem on the sandbox behind MSW: every step and every way creating an item fails.
// Each story starts from a reset sandbox; `overrides` answers a request the way Pluggy
// does in a case the sandbox's settings do not reach (the reference page's bodies).
import type { Meta, StoryObj } from '@storybook/react-vite'
import { http, HttpResponse, type HttpHandler } from 'msw'
import { useState, type ReactNode } from 'react'
import { action } from 'storybook/actions'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { ConnectItem, type ConnectItemProps } from '../../src/components/ConnectItem'
import { FarolProvider } from '../../src/react'
import {
  OFFLINE_BANK_ID,
  OPEN_FINANCE_BANK_ID,
  PLUGGY_BANK_ID,
  PLUGGY_BANK_MFA_ID,
  SANDBOX_CREDENTIALS,
  SANDBOX_MFA_TOKEN,
  VALIDATION_BANK_ID,
  type Sandbox,
} from '../../src/testing'
import { farolText, fill } from '../support/farol-text'
import { storyLocale } from '../support/story-globals'
import {
  createLiveSandbox,
  LIVE_TIMEOUT_MS,
  SANDBOX_BASE_URL,
  SandboxButton,
  SETTLE_MS,
} from './live-sandbox'

const meta = {
  title: 'Live/Connect a new bank',
  parameters: { controls: { disable: true }, frame: { maxWidth: '36rem' } },
} satisfies Meta
export default meta

const live = createLiveSandbox()

interface ConnectStoryOptions {
  props?: Partial<ConnectItemProps> | ((sandbox: Sandbox) => Partial<ConnectItemProps>)
  prepare?: (sandbox: Sandbox) => void
  overrides?: HttpHandler[]
  description: ReactNode
}

function ConnectRun({ options, locale }: { options: ConnectStoryOptions; locale: string }) {
  const [run, setRun] = useState(0)
  const props = typeof options.props === 'function' ? options.props(live.sandbox) : options.props
  return (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      <FarolProvider key={run} client={live.client} locale={locale}>
        <ConnectItem
          onSuccess={action('onSuccess')}
          onError={action('onError')}
          onEvent={action('onEvent')}
          onClose={action('onClose')}
          {...props}
        />
      </FarolProvider>
      <aside
        lang="en"
        aria-label="Sandbox"
        style={{
          padding: '1rem',
          border: '2px dashed var(--farol-border)',
          color: 'var(--farol-text)',
        }}
      >
        <p style={{ marginTop: 0 }}>
          <strong>Sandbox</strong> — not part of farol: the simulated Pluggy API behind this story.
        </p>
        <div style={{ color: 'var(--farol-muted)' }}>{options.description}</div>
        <SandboxButton
          onClick={() => {
            live.sandbox.reset()
            options.prepare?.(live.sandbox)
            setRun(run + 1)
          }}
        >
          Start over
        </SandboxButton>
      </aside>
    </div>
  )
}

function connectStory(options: ConnectStoryOptions): StoryObj {
  return {
    parameters: {
      msw: {
        handlers: { overrides: options.overrides ?? [], ...live.parameters.msw.handlers },
      },
    },
    loaders: [
      () => {
        live.sandbox.reset()
        options.prepare?.(live.sandbox)
        return {}
      },
    ],
    render: (_args, context) => <ConnectRun options={options} locale={storyLocale(context)} />,
  }
}

const once = (method: 'post', path: string, status: number, body: object, headers = {}) =>
  http[method](`${SANDBOX_BASE_URL}${path}`, () => HttpResponse.json(body, { status, headers }), {
    once: true,
  })

const step = (canvasElement: HTMLElement, name: string, timeout = LIVE_TIMEOUT_MS) =>
  waitFor(
    () =>
      expect(canvasElement.querySelector(`.farol-ConnectItem[data-step="${name}"]`)).not.toBeNull(),
    { timeout },
  )

async function login(canvasElement: HTMLElement, password: string = SANDBOX_CREDENTIALS.password) {
  const canvas = within(canvasElement)
  await userEvent.type(await canvas.findByLabelText('Usuário'), SANDBOX_CREDENTIALS.user)
  await userEvent.type(canvas.getByLabelText('Senha', { exact: true }), password)
}

async function submit(canvasElement: HTMLElement) {
  await userEvent.click(
    canvasElement.querySelector<HTMLButtonElement>('.farol-CredentialPrompt-submit')!,
  )
}

/** The first item of the sandbox (created by `prepare`). */
const firstItemId = (sandbox: Sandbox) => sandbox.listItems()[0]?.id ?? 'missing'

const createSettled =
  (scenario: string, connectorId: number = PLUGGY_BANK_ID) =>
  (sandbox: Sandbox) => {
    sandbox.createItem(scenario, { connectorId })
    sandbox.advance(SETTLE_MS)
  }

/** The whole flow: pick Pluggy Bank, log in, watch it sync, see what came. */
export const PickToSuccess = {
  ...connectStory({
    props: { products: ['ACCOUNTS', 'CREDIT_CARDS', 'TRANSACTIONS'] },
    description: (
      <>
        Search “pluggy”, choose Pluggy Bank, log in with <code>user-ok</code> /{' '}
        <code>password-ok</code>.
      </>
    ),
  }),
  play: async (context) => {
    const { canvasElement } = context
    const t = await farolText(context)
    const canvas = within(canvasElement)
    const search = await canvas.findByRole('combobox', {}, { timeout: LIVE_TIMEOUT_MS })
    await canvas.findAllByRole('option', {}, { timeout: LIVE_TIMEOUT_MS })
    await userEvent.type(search, 'pluggy bank')
    await userEvent.keyboard('{Enter}')
    await step(canvasElement, 'credentials')
    await expect(
      canvas.getByRole('heading', {
        name: fill(t.connect.credentials.heading, { connectorName: 'Pluggy Bank' }),
      }),
    ).toHaveFocus()
    await login(canvasElement)
    await submit(canvasElement)
    await step(canvasElement, 'success', SETTLE_MS)
    await expect(canvas.getByRole('heading', { name: t.connect.success.heading })).toHaveFocus()
    await expect(canvas.getByText(t.warnings.product.accounts)).toBeVisible()
  },
} satisfies StoryObj

/** The picker step, on the sandbox's catalogue. */
export const Pick = connectStory({ description: 'The first step: choose the institution.' })

/** A host that knows the bank skips the picker (`selectedConnectorId`). */
export const Credentials = connectStory({
  props: { selectedConnectorId: PLUGGY_BANK_ID },
  description: 'selectedConnectorId = Pluggy Bank: the form, no picker.',
})

/** The connector's own rules (`validation` regex, `validationMessage`) are checked before sending. */
export const ConnectorRules = {
  ...connectStory({
    props: { selectedConnectorId: VALIDATION_BANK_ID },
    description: 'Banco Validações: a 4-digit agency and 6+ character user and password.',
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(await canvas.findByLabelText('Agência'), '12')
    await submit(canvasElement)
    await waitFor(() => expect(canvas.getByLabelText('Agência')).toHaveFocus())
    await expect(canvas.getByLabelText('Agência')).toHaveAccessibleDescription(
      'A agência deve ter 4 números.',
    )
  },
} satisfies StoryObj

/** 400 CONNECTOR_VALIDATION_ERROR (the reference page's body): the message on its field, values kept. */
export const ServerFieldError = {
  ...connectStory({
    props: { selectedConnectorId: PLUGGY_BANK_ID },
    overrides: [
      once('post', '/items', 400, {
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
      }),
    ],
    description: 'The first POST /items is answered with the reference page 400 example.',
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await login(canvasElement, 'abc')
    await submit(canvasElement)
    const password = canvas.getByLabelText('Senha', { exact: true })
    await waitFor(() => expect(password).toHaveFocus(), { timeout: LIVE_TIMEOUT_MS })
    await expect(password).toHaveAccessibleDescription(
      'password parameter length must be at least 6.',
    )
    await expect(password).toHaveValue('abc')
  },
} satisfies StoryObj

const problemStory = (
  description: string,
  overrides: HttpHandler[],
  kind: string,
  props: Partial<ConnectItemProps> = { selectedConnectorId: PLUGGY_BANK_ID },
) =>
  ({
    ...connectStory({ props, overrides, description }),
    play: async ({ canvasElement }) => {
      await login(canvasElement)
      await submit(canvasElement)
      await waitFor(
        () => expect(canvasElement.querySelector(`[data-problem="${kind}"]`)).not.toBeNull(),
        { timeout: LIVE_TIMEOUT_MS },
      )
      await expect(within(canvasElement).getByLabelText('Senha', { exact: true })).toHaveValue(
        SANDBOX_CREDENTIALS.password,
      )
    },
  }) satisfies StoryObj

export const AlreadyConnected = {
  ...connectStory({
    props: { selectedConnectorId: PLUGGY_BANK_ID },
    prepare: createSettled('success'),
    overrides: [
      http.post(
        `${SANDBOX_BASE_URL}/items`,
        () => {
          return HttpResponse.json(
            {
              code: 400,
              message: 'Item already exists for this user',
              codeDescription: 'ITEM_USER_ALREADY_EXISTS',
              data: { items: [{ id: firstItemId(live.sandbox) }] },
            },
            { status: 400 },
          )
        },
        { once: true },
      ),
    ],
    description:
      'ITEM_USER_ALREADY_EXISTS: the existing connection is offered instead of a new one.',
  }),
  play: async (context) => {
    const { canvasElement } = context
    const t = await farolText(context)
    await login(canvasElement)
    await submit(canvasElement)
    const canvas = within(canvasElement)
    const useExisting = await canvas.findByRole(
      'button',
      { name: t.connect.duplicate.useExisting },
      { timeout: LIVE_TIMEOUT_MS },
    )
    await userEvent.click(useExisting)
    await step(canvasElement, 'success')
  },
} satisfies StoryObj

export const CreationLimit = problemStory(
  '409 ITEM_CREATION_LIMIT_EXCEEDED.',
  [
    once('post', '/items', 409, {
      code: 409,
      message: 'Item creation limit exceeded',
      codeDescription: 'ITEM_CREATION_LIMIT_EXCEEDED',
    }),
  ],
  'creation-limit',
)

export const ConnectorOffline = problemStory(
  'Banco Fora do Ar (health OFFLINE): POST /items is refused with 400.',
  [],
  'connector-offline',
  { selectedConnectorId: OFFLINE_BANK_ID },
)

export const TooManyRequests = problemStory(
  '429 with Retry-After: 30.',
  [
    once(
      'post',
      '/items',
      429,
      { code: 429, message: 'Too many requests' },
      { 'Retry-After': '30' },
    ),
  ],
  'rate-limited',
)

export const ServerError = problemStory(
  '503 from POST /items.',
  [once('post', '/items', 503, { code: 503, message: 'Service unavailable' })],
  'server',
)

export const NetworkFailure = problemStory(
  'The connection drops on POST /items.',
  [http.post(`${SANDBOX_BASE_URL}/items`, () => HttpResponse.error(), { once: true })],
  'network',
)

/** The bank asks for a token after the login: the same UI follows the item. */
export const Mfa = {
  ...connectStory({
    props: { selectedConnectorId: PLUGGY_BANK_MFA_ID },
    description: (
      <>
        Pluggy Bank MFA: log in, then type the token <code>{SANDBOX_MFA_TOKEN}</code>.
      </>
    ),
  }),
  play: async ({ canvasElement }) => {
    await login(canvasElement)
    await submit(canvasElement)
    const canvas = within(canvasElement)
    const token = await canvas.findByLabelText('Token', {}, { timeout: SETTLE_MS })
    await userEvent.type(token, SANDBOX_MFA_TOKEN)
    await submit(canvasElement)
    await step(canvasElement, 'success', SETTLE_MS)
  },
} satisfies StoryObj

/** Open Finance: type the CPF; the consent page opens in a new tab (never a frame). */
export const OpenFinance = {
  ...connectStory({
    props: { selectedConnectorId: OPEN_FINANCE_BANK_ID },
    description: (
      <>
        Pluggy Bank Open Finance: CPF <code>761.092.776-73</code>. The bank’s consent page is served
        by the sandbox HTTP server only; here the play function answers for the bank
        (sandbox.answerConsent).
      </>
    ),
  }),
  play: async (context) => {
    const { canvasElement } = context
    const t = await farolText(context)
    const canvas = within(canvasElement)
    await userEvent.type(await canvas.findByLabelText('CPF'), '761.092.776-73')
    await submit(canvasElement)
    await step(canvasElement, 'consent', SETTLE_MS)
    const link = canvas.getByRole('link', {
      name: new RegExp(fill(t.connect.consent.open, { connectorName: 'Pluggy Bank Open Finance' })),
    })
    await expect(link).toHaveAttribute('target', '_blank')
    await expect(canvasElement.querySelector('iframe')).toBeNull()
    // The bank approves (the user authorized in the other tab).
    live.sandbox.answerConsent(firstItemId(live.sandbox), true)
    await step(canvasElement, 'success', SETTLE_MS)
  },
} satisfies StoryObj

/** With `itemId`: the same UI reconnects an existing item (here, wrong credentials). */
export const Reconnect = connectStory({
  prepare: createSettled('invalid-credentials'),
  props: (sandbox) => ({ itemId: firstItemId(sandbox) }),
  description:
    'An item in LOGIN_ERROR / INVALID_CREDENTIALS: log in again with user-ok / password-ok.',
})

/** With `itemId` on a revoked Open Finance consent: "Renew" opens the connector form (PATCH). */
export const RenewConsent = {
  ...connectStory({
    prepare: createSettled('user-authorization-revoked', OPEN_FINANCE_BANK_ID),
    props: (sandbox) => ({ itemId: firstItemId(sandbox) }),
    description:
      'An Open Finance item whose consent was revoked at the bank: renew it with the CPF 761.092.776-73.',
  }),
  play: async (context) => {
    const { canvasElement } = context
    const t = await farolText(context)
    const canvas = within(canvasElement)
    await userEvent.click(
      await canvas.findByRole(
        'button',
        { name: t.status.action['renew-consent'] },
        { timeout: LIVE_TIMEOUT_MS },
      ),
    )
    await userEvent.type(await canvas.findByLabelText('CPF'), '761.092.776-73')
    await submit(canvasElement)
    await step(canvasElement, 'success', SETTLE_MS)
  },
} satisfies StoryObj
