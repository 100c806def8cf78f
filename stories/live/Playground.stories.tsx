import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, waitFor } from 'storybook/test'
import { SANDBOX_CREDENTIALS, SANDBOX_MFA_TOKEN, SANDBOX_SCENARIOS } from '../../src/testing'
import { storyLocale } from '../support/story-globals'
import {
  LIVE_STEP_MS,
  LIVE_TIMEOUT_MS,
  LiveRun,
  SETTLE_MS,
  SandboxButton,
  createLiveSandbox,
  reasonShown,
} from './live-sandbox'

interface PlaygroundArgs {
  /** A sandbox scenario (docs/sandbox.md). */
  scenario: string
  /** Length of each step of a simulated execution, ms. */
  stepMs: number
  /** Open on the state the first execution ends in, rather than watching it. */
  settled: boolean
}

const live = createLiveSandbox()

const meta = {
  title: 'Live/Playground',
  args: { scenario: 'invalid-credentials', stepMs: LIVE_STEP_MS, settled: true },
  argTypes: {
    scenario: {
      control: 'select',
      options: SANDBOX_SCENARIOS.map(({ name }) => name),
      description: 'Any of the sandbox’s scenarios (every row of the decision table and more).',
    },
    stepMs: {
      control: { type: 'range', min: 0, max: 2000, step: 100 },
      description: 'Length of each step of a simulated execution (ms).',
    },
    settled: {
      control: 'boolean',
      description: 'Open on the state the first execution ends in, rather than watching it.',
    },
  },
  parameters: { ...live.parameters },
} satisfies Meta<PlaygroundArgs>
export default meta

function Playground({ scenario, stepMs, settled, locale }: PlaygroundArgs & { locale: string }) {
  const start = () => {
    live.sandbox.reset()
    const { id } = live.sandbox.createItem(scenario, { stepMs })
    if (settled) live.sandbox.advance(Math.max(SETTLE_MS, stepMs * 20))
    return id
  }
  // A new item whenever the args change (the story keys this component on them).
  const [itemId] = useState(start)
  const info = live.sandbox.scenarios.find(({ name }) => name === scenario)
  return (
    <LiveRun
      live={live}
      locale={locale}
      scenario={scenario}
      itemId={itemId}
      start={start}
      description={
        <>
          {info?.description} Pluggy Bank logs in with <code>{SANDBOX_CREDENTIALS.user}</code> /{' '}
          <code>{SANDBOX_CREDENTIALS.password}</code>; the MFA token is{' '}
          <code>{SANDBOX_MFA_TOKEN}</code>.
        </>
      }
      controls={({ sandbox, itemId: id }) => (
        <>
          <SandboxButton onClick={() => sandbox.approveDevice(id)}>
            Simulate approval at the bank
          </SandboxButton>
          <SandboxButton
            onClick={() => {
              try {
                sandbox.completeUserAction(id)
              } catch {
                // Not waiting for a bank-app action right now: nothing to complete.
              }
            }}
          >
            Complete the action in the bank app
          </SandboxButton>
        </>
      )}
    />
  )
}

/** Pick any sandbox scenario in the controls and use the component against it. */
export const AnyScenario: StoryObj<PlaygroundArgs> = {
  render: (args, context) => (
    <Playground
      key={`${args.scenario}:${args.stepMs}:${args.settled}`}
      {...args}
      locale={storyLocale(context)}
    />
  ),
  play: async ({ canvasElement, args }) => {
    await waitFor(
      () =>
        expect(
          canvasElement.querySelector('.farol-ItemConnectionStatus[data-reason]'),
        ).not.toBeNull(),
      { timeout: LIVE_TIMEOUT_MS },
    )
    if (args.scenario === 'invalid-credentials') await reasonShown(canvasElement, args.scenario)
  },
}
