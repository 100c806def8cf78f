import type { Meta } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { farolText } from '../../support/farol-text'
import { bannerMeta, reasonStory, type BannerArgs, type BannerStory } from './banner-args'

const meta = {
  title: 'Components/StatusBanner/Syncing',
  tags: ['autodocs'],
  ...bannerMeta('syncing'),
} satisfies Meta<BannerArgs>
export default meta

export const Syncing: BannerStory = {
  ...reasonStory('syncing'),
  play: async (context) => {
    const t = await farolText(context)
    const canvas = within(context.canvasElement)
    await expect(canvas.getByRole('progressbar')).toHaveAccessibleName(t.status.progressLabel)
    await expect(canvas.getByText(t.status.step.transactions)).toBeVisible()
  },
}
