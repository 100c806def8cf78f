import type { Meta } from '@storybook/react-vite'
import { bannerMeta, reasonStory, type BannerArgs, type BannerStory } from './banner-args'

const meta = {
  title: 'Components/StatusBanner/Unknown',
  tags: ['autodocs'],
  ...bannerMeta('unknown'),
} satisfies Meta<BannerArgs>
export default meta

export const Unknown: BannerStory = reasonStory('unknown')
