// Shared args of the StatusBanner stories: pick a guidance `reason` and the banner shows a
// sample item for it (stories/components/status-samples.ts).
import type { Meta, StoryObj } from '@storybook/react-vite'
import type { ComponentType } from 'react'
import { fn } from 'storybook/test'
import { StatusBanner, type StatusBannerProps } from '../../../src/components/StatusBanner'
import { GUIDANCE_REASONS, type GuidanceReason, type Phase } from '../../../src/core'
import { ALL_REASONS, PHASE_DOCS, reasonDescription } from '../../support/reasons'
import { NOW, sampleFor } from '../status-samples'

export interface BannerArgs extends Omit<StatusBannerProps, 'guidance' | 'item'> {
  /** The guidance reason shown: the banner gets `describeItem` of a sample item for it. */
  reason: GuidanceReason
  /** The sample item's connector is an Open Finance one (wording changes for some reasons). */
  openFinance: boolean
}

export type BannerStory = StoryObj<BannerArgs>

const ACTION_TYPES = [
  'update-credentials',
  'provide-mfa',
  'authorize-device',
  'complete-user-action',
  'act-at-institution',
  'renew-consent',
  'retry',
  'contact-support',
]

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
export function bannerMeta(phase: Phase) {
  return {
    // For the props table only: the stories render it themselves, from `reason`.
    component: StatusBanner as unknown as ComponentType<BannerArgs>,
    args: {
      reason: GUIDANCE_REASONS[phase][0],
      openFinance: false,
      now: NOW,
      onAction: fn(),
      busy: false,
      headingLevel: 2,
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
      busy: { control: 'boolean' },
      headingLevel: { control: 'inline-radio', options: [2, 3, 4] },
      hiddenActions: { control: 'check', options: ACTION_TYPES },
      now: { control: false },
    },
    render: ({ reason, openFinance, ...args }: BannerArgs) => (
      <StatusBanner {...args} {...sampleFor(reason, { openFinance })} />
    ),
    parameters: { docs: { description: { component: PHASE_DOCS[phase] } } },
  } satisfies Partial<Meta<BannerArgs>>
}

/** The story of one reason: its args and what it means (shown on the docs page). */
export function reasonStory(reason: GuidanceReason): BannerStory {
  return {
    args: { reason },
    parameters: { docs: { description: { story: reasonDescription(reason) } } },
  }
}
