import type { Preview } from '@storybook/react-vite'
import '../src/styles/farol.css'

const preview: Preview = {
  parameters: {
    // Any accessibility violation fails the story's test.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
}
export default preview
