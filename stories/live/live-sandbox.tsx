// The live stories' harness: a sandbox (simulated Pluggy API) behind MSW, a FarolProvider
// whose client talks to it over real fetch, and a panel of sandbox controls beside the component.
import type { StoryObj } from '@storybook/react-vite'
import { Fragment, useState, type ReactNode } from 'react'
import { action } from 'storybook/actions'
import { expect, waitFor } from 'storybook/test'
import { createPluggyClient, type PluggyClient } from '../../src/client'
import { ItemConnectionStatus } from '../../src/components/ItemConnectionStatus'
import type { GuidanceReason } from '../../src/core'
import { FarolProvider } from '../../src/react'
import {
  createSandbox,
  createSandboxHandlers,
  SANDBOX_API_KEY,
  type CreateItemOptions,
  type Sandbox,
  type SandboxOptions,
} from '../../src/testing'
import { storyLocale } from '../support/story-globals'

/** Where the live stories' client sends requests; only MSW answers there. */
export const SANDBOX_BASE_URL = 'https://sandbox.farol.local'

/** Step length of the simulated executions: long enough to see, short enough for tests. */
export const LIVE_STEP_MS = 400

/** Generous: a live story waits for polls (2 s while syncing, 5 s waiting on a device). */
export const LIVE_TIMEOUT_MS = 10_000

/** Longer than any first execution here (at most a handful of steps). */
export const SETTLE_MS = 10_000

export interface LiveSetup {
  /** A sandbox scenario (docs/sandbox.md), e.g. `outdated-recovers`. */
  scenario: string
  item?: CreateItemOptions
  /** Sandbox settings or faults to apply before the item is created. */
  prepare?: (sandbox: Sandbox) => void
  /** `createSandbox` options, e.g. extra scenarios. */
  sandbox?: SandboxOptions
  /**
   * Start once the item's first execution has ended (default), rather than watching it:
   * the sandbox clock is moved on, so the story opens on the state it is about.
   */
  settled?: boolean
}

export interface LiveControls {
  sandbox: Sandbox
  itemId: string
}

export interface LiveStoryOptions extends LiveSetup {
  /** What the sandbox panel says this story shows. */
  description: ReactNode
  /** Extra sandbox buttons ("Simulate approval at the bank", …). */
  controls?: (live: LiveControls) => ReactNode
  /** Extra host UI inside the FarolProvider, under the component. */
  host?: (live: LiveControls) => ReactNode
  /** What shows the item, default `ItemConnectionStatus` (e.g. a host's own card from the hooks). */
  view?: (itemId: string) => ReactNode
}

interface Loaded {
  itemId: string
}

export interface LiveSandbox {
  sandbox: Sandbox
  client: PluggyClient
  /** `parameters.msw`: this sandbox's handlers, swapped in for the story by msw-storybook-addon. */
  parameters: { msw: { handlers: { sandbox: ReturnType<typeof createSandboxHandlers> } } }
}

/** A sandbox, a client for it and its MSW handlers. Create one per story, at module scope. */
export function createLiveSandbox(options: SandboxOptions = {}): LiveSandbox {
  const sandbox = createSandbox({ stepMs: LIVE_STEP_MS, ...options })
  return {
    sandbox,
    // Created once, outside render: the pollers keep the client their first reader saw.
    client: createPluggyClient({ baseUrl: SANDBOX_BASE_URL, apiKey: SANDBOX_API_KEY }),
    parameters: {
      msw: { handlers: { sandbox: createSandboxHandlers(sandbox, { baseUrl: SANDBOX_BASE_URL }) } },
    },
  }
}

export interface LiveRunProps extends Pick<
  LiveStoryOptions,
  'description' | 'controls' | 'host' | 'view'
> {
  live: LiveSandbox
  locale: string
  scenario: string
  itemId: string
  /** Resets the sandbox and creates the item again; returns its id. */
  start: () => string
}

/** ItemConnectionStatus on the sandbox, and the sandbox panel under it. */
export function LiveRun({ live, locale, scenario, itemId, start, ...options }: LiveRunProps) {
  const [run, setRun] = useState({ key: 0, itemId })
  const controls = { sandbox: live.sandbox, itemId: run.itemId }
  return (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      {/* A new provider (and query cache) per run: "Start over" is a fresh page. */}
      <FarolProvider key={run.key} client={live.client} locale={locale}>
        {options.view ? (
          options.view(run.itemId)
        ) : (
          <ItemConnectionStatus itemId={run.itemId} onReconnect={action('onReconnect')} />
        )}
        {options.host?.(controls)}
      </FarolProvider>
      <SandboxPanel
        scenario={scenario}
        description={options.description}
        onStartOver={() => setRun({ key: run.key + 1, itemId: start() })}
      >
        {/* Keyed by run too: "Start over" resets the controls' own state. */}
        <Fragment key={run.key}>{options.controls?.(controls)}</Fragment>
      </SandboxPanel>
    </div>
  )
}

/**
 * One sandbox for one story: created with the module, reset by the story's loader
 * (so each visit and each test starts from the same state), and served by its own
 * MSW handlers, which msw-storybook-addon swaps in for this story only.
 */
export function liveStory(options: LiveStoryOptions): StoryObj {
  const live = createLiveSandbox(options.sandbox)
  const start = (): string => {
    live.sandbox.reset()
    options.prepare?.(live.sandbox)
    const { id } = live.sandbox.createItem(options.scenario, {
      stepMs: LIVE_STEP_MS,
      ...options.item,
    })
    if (options.settled !== false) live.sandbox.advance(SETTLE_MS)
    return id
  }
  return {
    parameters: { ...live.parameters, controls: { disable: true } },
    loaders: [async (): Promise<Loaded> => ({ itemId: start() })],
    render: (_args, context) => (
      <LiveRun
        live={live}
        locale={storyLocale(context)}
        scenario={options.scenario}
        itemId={(context.loaded as Loaded).itemId}
        start={start}
        description={options.description}
        controls={options.controls}
        host={options.host}
        view={options.view}
      />
    ),
  }
}

function SandboxPanel({
  scenario,
  description,
  onStartOver,
  children,
}: {
  scenario: string
  description: ReactNode
  onStartOver: () => void
  children?: ReactNode
}) {
  return (
    <aside
      lang="en"
      aria-label="Sandbox"
      style={{
        display: 'grid',
        gap: '0.75rem',
        padding: '1rem',
        border: '2px dashed var(--farol-border)',
        borderRadius: 'var(--farol-radius)',
        color: 'var(--farol-text)',
        fontSize: 'var(--farol-font-size-sm)',
        lineHeight: 'var(--farol-line-height)',
      }}
    >
      <p style={{ margin: 0 }}>
        <strong>Sandbox</strong> · scenario <code>{scenario}</code> — not part of farol: the
        simulated Pluggy API behind this story.
      </p>
      <div style={{ margin: 0, color: 'var(--farol-muted)' }}>{description}</div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
        {children}
        <SandboxButton onClick={onStartOver}>Start over</SandboxButton>
      </div>
    </aside>
  )
}

export function SandboxButton({
  onClick,
  pressed,
  children,
}: {
  onClick: () => void
  pressed?: boolean
  children: ReactNode
}) {
  return (
    <button type="button" className="farol-Button" aria-pressed={pressed} onClick={onClick}>
      {children}
    </button>
  )
}

/** Waits until the component shows `reason` (its `data-reason`). */
export async function reasonShown(
  canvasElement: HTMLElement,
  reason: GuidanceReason,
  timeout = LIVE_TIMEOUT_MS,
) {
  await waitFor(
    () =>
      expect(
        canvasElement.querySelector(`.farol-ItemConnectionStatus[data-reason="${reason}"]`),
      ).not.toBeNull(),
    { timeout },
  )
}
