// Shared args of the ItemConnectionStatus stories (the presentational `item` mode): pick a
// guidance `reason` and the composite shows a sample item for it.
import type { Meta, StoryObj } from '@storybook/react-vite'
import type { ComponentType } from 'react'
import { fn } from 'storybook/test'
import {
  ItemConnectionStatus,
  type ItemConnectionStatusViewProps,
} from '../../../src/components/ItemConnectionStatus'
import { GUIDANCE_REASONS, type GuidanceReason, type Phase } from '../../../src/core'
import { ALL_REASONS, PHASE_DOCS, reasonDescription } from '../../support/reasons'
import { NOW, sampleFor } from '../status-samples'

export interface ConnectionArgs extends Omit<ItemConnectionStatusViewProps, 'item' | 'guidance'> {
  /** The guidance reason shown: a sample item for it. */
  reason: GuidanceReason
  /** The sample item's connector is an Open Finance one. */
  openFinance: boolean
}

export type ConnectionStory = StoryObj<ConnectionArgs>

const COMPONENT_DOCS =
  '`ItemConnectionStatus` given an `item`: presentational, no network. The banner, the form or notice for the primary action (credentials, MFA, device, bank-app action), the per-product warnings, and one polite live region. Given an `itemId` inside a `FarolProvider` it polls and wires the actions to the API: see the Live stories.'

/** Props the stories compute from `reason`: documented, not editable. */
const COMPUTED_PROPS = {
  guidance: {
    control: false,
    type: { name: 'other', value: 'ItemGuidance', required: false },
    table: { type: { summary: 'ItemGuidance' } },
  },
  item: {
    control: false,
    type: { name: 'other', value: 'Item', required: false },
    table: { type: { summary: 'Item' } },
  },
} as const

/** The meta of one phase's stories (spread into each file's `meta`, beside its title). */
export function connectionMeta(phase: Phase) {
  return {
    // For the props table only: the stories render it themselves, from `reason`.
    component: ItemConnectionStatus as unknown as ComponentType<ConnectionArgs>,
    args: {
      reason: GUIDANCE_REASONS[phase][0],
      openFinance: false,
      now: NOW,
      submitting: false,
      headingLevel: 2,
      onRetry: fn(),
      onSubmitCredentials: fn(),
      onSubmitMfa: fn(),
      onReconnect: fn(),
      onAction: fn(),
    },
    argTypes: {
      ...COMPUTED_PROPS,
      reason: {
        description: 'Guidance reason (story-only arg: picks a sample item).',
        control: 'select',
        options: ALL_REASONS,
        type: { name: 'string', required: true },
        table: { type: { summary: 'GuidanceReason' } },
      },
      openFinance: {
        description: 'Sample item on an Open Finance connector (story-only arg).',
        control: 'boolean',
      },
      submitting: { control: 'boolean' },
      headingLevel: { control: 'inline-radio', options: [2, 3, 4] },
      now: { control: false },
    },
    render: ({ reason, openFinance, ...args }: ConnectionArgs) => (
      <ItemConnectionStatus {...args} item={sampleFor(reason, { openFinance }).item} />
    ),
    parameters: {
      docs: { description: { component: `${PHASE_DOCS[phase]}\n\n${COMPONENT_DOCS}` } },
    },
  } satisfies Partial<Meta<ConnectionArgs>>
}

export function reasonStory(reason: GuidanceReason): ConnectionStory {
  return {
    args: { reason },
    parameters: { docs: { description: { story: reasonDescription(reason) } } },
  }
}
