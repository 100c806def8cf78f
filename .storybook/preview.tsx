import type { Preview } from '@storybook/react-vite'
import '../src/styles/farol.css'
import './brand-theme.css'
import { withFarolFrame } from './farol-frame'
import { lazyMswLoader } from './msw'

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language (of farol’s strings)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'pt-BR', right: 'pt-BR', title: 'Português (Brasil)' },
          { value: 'en', right: 'en', title: 'English' },
          { value: 'es', right: 'es', title: 'Español' },
        ],
      },
    },
    theme: {
      description: 'Theme (farol’s light or dark tokens, or a host brand)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'light', icon: 'sun', title: 'Light' },
          { value: 'dark', icon: 'moon', title: 'Dark' },
          { value: 'brand', icon: 'heart', title: 'Host brand (Roxo Bank)' },
        ],
      },
    },
  },
  // VITE_FAROL_LOCALE / VITE_FAROL_THEME run every story (and its test) in another language
  // or theme, e.g. `VITE_FAROL_LOCALE=en VITE_FAROL_THEME=dark npx vitest run --project storybook`.
  initialGlobals: {
    locale: import.meta.env.VITE_FAROL_LOCALE || 'pt-BR',
    theme: import.meta.env.VITE_FAROL_THEME || 'light',
  },
  decorators: [withFarolFrame],
  loaders: [lazyMswLoader],
  parameters: {
    // Any accessibility violation fails the story's test.
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { controls: { sort: 'requiredFirst' } },
    layout: 'fullscreen',
    // The theme toolbar paints the page (--farol-surface); Storybook's own backgrounds would fight it.
    backgrounds: { disable: true },
    options: {
      storySort: {
        order: [
          'Docs',
          ['Introduction', 'Theming', 'Decision table', 'Languages'],
          'Components',
          [
            'ItemConnectionStatus',
            [
              'Syncing',
              'Ready',
              'Partial',
              'Waiting for the user',
              'Login error',
              'Outdated',
              'Unknown',
              'Variants',
            ],
            'StatusBanner',
            [
              'Syncing',
              'Ready',
              'Partial',
              'Waiting for the user',
              'Login error',
              'Outdated',
              'Unknown',
              'Variants',
            ],
          ],
          'Live',
          [
            'Retry',
            'Login and MFA',
            'Device authorization',
            'Partial success',
            'Rate limit',
            'Network failure',
            'Playground',
          ],
          'Core',
        ],
      },
    },
  },
}
export default preview
