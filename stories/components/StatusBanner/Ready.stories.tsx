import type { Meta } from '@storybook/react-vite'
import { bannerMeta, reasonStory, type BannerArgs, type BannerStory } from './banner-args'

const meta = {
  title: 'Components/StatusBanner/Ready',
  tags: ['autodocs'],
  ...bannerMeta('ready'),
} satisfies Meta<BannerArgs>
export default meta

export const Updated: BannerStory = reasonStory('updated')
export const ConsentExpiring: BannerStory = reasonStory('consent-expiring')
export const ConsentExpired: BannerStory = reasonStory('consent-expired')
