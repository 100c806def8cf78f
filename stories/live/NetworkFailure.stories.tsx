import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { useFarolTranslation } from '../../src/i18n'
import { useItem } from '../../src/react'
import type { FaultOptions, Sandbox } from '../../src/testing'
import { farolText } from '../support/farol-text'
import { LIVE_TIMEOUT_MS, SandboxButton, liveStory, reasonShown } from './live-sandbox'

const meta = {
  title: 'Live/Network failure',
  parameters: {
    docs: {
      description: {
        component:
          'While polls fail, `useItem` keeps the last good item (`isStale`) and polling backs off with jitter. The notice under the component is host UI built on `useItem(itemId)`: `ItemConnectionStatus` itself does not say that a refresh failed.',
      },
    },
  },
} satisfies Meta
export default meta

const STALE_TEXT = {
  'pt-BR': {
    title: 'Não conseguimos atualizar o status agora',
    body: 'Mostramos a última situação conhecida e tentamos de novo sozinhos.',
  },
  en: {
    title: 'We can’t refresh the status right now',
    body: 'This is the last known status. We’ll keep trying.',
  },
  es: {
    title: 'No podemos actualizar el estado ahora',
    body: 'Mostramos el último estado conocido y seguimos intentando.',
  },
} as const

/** Host UI: says that the status shown is the last good one while polls fail. */
function LastKnownStateNotice({ itemId }: { itemId: string }) {
  const { isStale, error } = useItem(itemId)
  const { locale } = useFarolTranslation()
  const text = STALE_TEXT[locale as keyof typeof STALE_TEXT] ?? STALE_TEXT['pt-BR']
  return (
    <div role="status" data-testid="stale-notice">
      {isStale && (
        <div
          data-problem={error?.kind}
          style={{
            display: 'grid',
            gap: '0.25rem',
            padding: '0.75rem 1rem',
            border: '1px solid var(--farol-warning-border)',
            borderRadius: 'var(--farol-radius-sm)',
            background: 'var(--farol-warning-bg)',
            color: 'var(--farol-warning-fg)',
          }}
        >
          <strong>{text.title}</strong>
          <span>{text.body}</span>
        </div>
      )}
    </div>
  )
}

function FaultToggle({
  sandbox,
  fault,
  labels,
}: {
  sandbox: Sandbox
  fault: FaultOptions
  labels: [off: string, on: string]
}) {
  const [remove, setRemove] = useState<(() => void) | undefined>()
  return (
    // The label says what a press does next (no aria-pressed: the label already changes).
    <SandboxButton
      onClick={() => {
        if (remove) {
          remove()
          setRemove(undefined)
        } else {
          const removeFault = sandbox.injectFault(fault)
          setRemove(() => removeFault)
        }
      }}
    >
      {remove ? labels[1] : labels[0]}
    </SandboxButton>
  )
}

function failureStory(fault: FaultOptions, labels: [string, string], description: string) {
  return liveStory({
    scenario: 'success',
    settled: false,
    item: { products: ['ACCOUNTS', 'CREDIT_CARDS', 'TRANSACTIONS'], stepMs: 600 },
    description,
    controls: ({ sandbox, itemId }) => (
      <FaultToggle key={itemId} sandbox={sandbox} fault={fault} labels={labels} />
    ),
    host: ({ itemId }) => <LastKnownStateNotice itemId={itemId} />,
  })
}

const playFailure =
  (labels: [string, string], kind: string): StoryObj['play'] =>
  async (context) => {
    const { canvasElement, step } = context
    const t = await farolText(context)
    const canvas = within(canvasElement)
    const notice = canvas.getByTestId('stale-notice')
    await step('Syncing', async () => {
      await reasonShown(canvasElement, 'syncing')
    })
    await step('The requests fail: the last good state stays, with a notice', async () => {
      await userEvent.click(canvas.getByRole('button', { name: labels[0] }))
      await waitFor(() => expect(notice.firstElementChild).toHaveAttribute('data-problem', kind), {
        timeout: LIVE_TIMEOUT_MS,
      })
      await expect(notice).toHaveTextContent(/.+/)
      await reasonShown(canvasElement, 'syncing')
    })
    await step('They work again: the notice goes, the sync result shows', async () => {
      await userEvent.click(canvas.getByRole('button', { name: labels[1] }))
      // The poller waits out its error backoff first (equal jitter: up to 4 s after two
      // failures, 8 s after three), then the syncing pace.
      await reasonShown(canvasElement, 'updated', 3 * LIVE_TIMEOUT_MS)
      await expect(notice).toBeEmptyDOMElement()
      await expect(
        canvas.getByRole('heading', { name: t.status.reason.updated.headline }),
      ).toBeVisible()
    })
  }

const DROP: [string, string] = ['Drop the connection', 'Restore the connection']

/** Every request dies without an answer (offline, a proxy reset) while the item syncs. */
export const DroppedConnection: StoryObj = {
  ...failureStory(
    { dropConnection: true },
    DROP,
    'A sync that succeeds in about 3 s. Drop the connection while it runs: every request then fails without an answer, as when the phone goes offline.',
  ),
  play: playFailure(DROP, 'network'),
}

const OUTAGE: [string, string] = ['Answer 503 to everything', 'Back to normal']

/** The API (or the host's proxy) answers 503 for a while. */
export const ServerErrors: StoryObj = {
  ...failureStory(
    { errorRate: 1, errorStatus: 503 },
    OUTAGE,
    'A sync that succeeds in about 3 s. Turn on the outage while it runs: every request is answered 503 until you turn it off.',
  ),
  play: playFailure(OUTAGE, 'server'),
}
