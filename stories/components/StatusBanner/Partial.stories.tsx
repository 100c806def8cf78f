import type { Meta } from '@storybook/react-vite'
import { bannerMeta, reasonStory, type BannerArgs, type BannerStory } from './banner-args'

const meta = {
  title: 'Components/StatusBanner/Partial',
  tags: ['autodocs'],
  ...bannerMeta('partial'),
} satisfies Meta<BannerArgs>
export default meta

export const PartialSuccess: BannerStory = reasonStory('partial-success')
