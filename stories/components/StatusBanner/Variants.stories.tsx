import type { Meta } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { StatusBanner } from '../../../src/components/StatusBanner'
import type { GuidanceReason } from '../../../src/core'
import { FarolI18nProvider, type FarolResourceOverrides } from '../../../src/i18n'
import { farolText } from '../../support/farol-text'
import { storyLocale } from '../../support/story-globals'
import { NOW, PLUGGY_BANK, sample } from '../status-samples'
import { bannerMeta, type BannerArgs, type BannerStory } from './banner-args'

const meta = {
  title: 'Components/StatusBanner/Variants',
  ...bannerMeta('outdated'),
  parameters: {
    docs: { description: { component: 'Languages, themes, tones, states and hostile input.' } },
  },
} satisfies Meta<BannerArgs>
export default meta

// Languages: the toolbar's language, fixed for these stories (and their tests).

export const English: BannerStory = {
  args: { reason: 'site-not-available' },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(
      await canvas.findByRole('heading', { name: 'Your bank is having problems right now' }),
    ).toBeVisible()
  },
}
export const Spanish: BannerStory = {
  args: { reason: 'invalid-credentials' },
  globals: { locale: 'es' },
}

// Tones: one banner of each, in each theme (every text colour meets WCAG AA: the tests check).

const TONES: Array<[tone: string, reason: GuidanceReason]> = [
  ['success', 'updated'],
  ['info', 'syncing'],
  ['warning', 'site-not-available'],
  ['danger', 'account-needs-action'],
  ['neutral', 'unknown'],
]

const toneGallery: BannerStory['render'] = ({ onAction, headingLevel }) => (
  <div style={{ display: 'grid', gap: '1rem' }}>
    {TONES.map(([tone, reason]) => (
      <StatusBanner
        key={tone}
        {...sample(reason)}
        now={NOW}
        onAction={onAction}
        headingLevel={headingLevel}
      />
    ))}
  </div>
)

export const TonesLight: BannerStory = { render: toneGallery, globals: { theme: 'light' } }
export const TonesDark: BannerStory = { render: toneGallery, globals: { theme: 'dark' } }
export const TonesBrand: BannerStory = {
  render: toneGallery,
  globals: { theme: 'brand' },
  name: 'Tones Brand (Host Theme)',
}

// States.

/** A dark brand colour passes in light mode; Pluggy's pink (3.9:1 on white) does not. */
export const BrandAccent: BannerStory = {
  args: { reason: 'connection-error' },
  render: ({ reason: _reason, openFinance: _openFinance, ...args }) => (
    <StatusBanner
      {...args}
      {...sample('connection-error', { connector: { ...PLUGGY_BANK, primaryColor: '0b3d91' } })}
    />
  ),
}
/** An action is in flight: the buttons stay focusable but do nothing. */
export const Busy: BannerStory = { args: { reason: 'connection-error', busy: true } }
/** Without `onAction` the banner only informs. */
export const WithoutButtons: BannerStory = {
  args: { reason: 'connection-error', onAction: undefined },
}
export const LongAndHostileText: BannerStory = {
  args: { reason: 'account-needs-action' },
  render: ({ reason: _reason, openFinance: _openFinance, ...args }) => (
    <StatusBanner
      {...args}
      {...sample('account-needs-action', {
        connector: {
          ...PLUGGY_BANK,
          name: 'Banco \u202Eodacifirev\u202C <script>alert(1)</script>',
          imageUrl: 'javascript:alert(1)',
          resetPasswordUrl: 'javascript:alert(1)',
        },
        error: {
          code: 'ACCOUNT_NEEDS_ACTION',
          message: '',
          providerMessage: `<img src=x onerror=alert(1)> ${'Mensagem muito longa do banco. '.repeat(40)}`,
        },
      })}
    />
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('script, img[onerror]')).toBeNull()
    await expect(canvasElement.querySelector('.farol-StatusBanner a')).toBeNull()
  },
}

// Host overrides of farol's strings (see Docs/Languages).

const OVERRIDES: FarolResourceOverrides = {
  'pt-BR': { status: { reason: { updated: { headline: 'Tudo certo com o seu banco' } } } },
  en: { status: { reason: { updated: { headline: 'All good with your bank' } } } },
  es: { status: { reason: { updated: { headline: 'Todo bien con tu banco' } } } },
}

/** `resources` on the provider overrides any key, per locale; the rest stays farol's. */
export const OverriddenStrings: BannerStory = {
  args: { reason: 'updated' },
  render: ({ reason, openFinance: _openFinance, ...args }, context) => (
    <FarolI18nProvider locale={storyLocale(context)} resources={OVERRIDES}>
      <StatusBanner {...args} {...sample(reason)} />
    </FarolI18nProvider>
  ),
  play: async (context) => {
    const t = await farolText(context)
    const canvas = within(context.canvasElement)
    const locale = storyLocale(context) as keyof typeof OVERRIDES
    const headline = OVERRIDES[locale]?.status?.reason?.updated?.headline ?? ''
    await expect(await canvas.findByRole('heading', { name: headline })).toBeVisible()
    await expect(canvas.getByText(t.status.reason.updated.explanation)).toBeVisible()
  },
}
