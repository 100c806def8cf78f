import type { StorybookConfig } from '@storybook/react-vite'
import { mergeConfig } from 'vite'

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // public/mockServiceWorker.js: the MSW worker of the live stories, copied to the build's root.
  staticDirs: ['../public'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  // Pre-bundled up front: found only when a live story runs, they would otherwise make
  // Vite reload the page in the middle of a cold `vitest --project storybook` run.
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      optimizeDeps: {
        include: ['msw', 'msw/browser', 'msw-storybook-addon', 'storybook/actions'],
      },
    }),
}
export default config
