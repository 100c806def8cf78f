import type { Meta } from '@storybook/react-vite'
import { bannerMeta, reasonStory, type BannerArgs, type BannerStory } from './banner-args'

const meta = {
  title: 'Components/StatusBanner/Outdated',
  tags: ['autodocs'],
  ...bannerMeta('outdated'),
} satisfies Meta<BannerArgs>
export default meta

export const SiteNotAvailable: BannerStory = reasonStory('site-not-available')
export const ConnectionError: BannerStory = reasonStory('connection-error')
export const UnexpectedError: BannerStory = reasonStory('unexpected-error')
export const InputTimeout: BannerStory = reasonStory('input-timeout')
export const Outdated: BannerStory = {
  ...reasonStory('outdated'),
  name: 'Outdated (Unknown Code)',
}
