// The demo page's own Vite config (the library build is ../../vite.config.ts).
// farol comes from the source, so the demo needs no build: `farol` and
// `farol/styles.css` resolve to ../../src as a host's bundler resolves the package.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const repo = here('../../')

export default defineConfig({
  root: here('./'),
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^farol\/styles\.css$/, replacement: here('../../src/styles/farol.css') },
      { find: /^farol$/, replacement: here('../../src/index.ts') },
    ],
  },
  // Its own cache, apart from Storybook's and Vitest's.
  cacheDir: here('../../node_modules/.vite/minhas-contas'),
  // Every dependency up front, so the first visit never triggers a re-optimizing reload.
  optimizeDeps: {
    entries: ['index.html'],
    include: [
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      '@tanstack/react-query',
      'i18next',
    ],
  },
  server: { fs: { allow: [repo] } },
})
