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
    // Another language arrives a moment after the first render (pt-BR meanwhile).
    await expect(await canvas.findByText(t.status.step.transactions)).toBeVisible()
    await expect(canvas.getByRole('progressbar')).toHaveAccessibleName(t.status.progressLabel)
  },
}
