// The library build: one ESM file per public entry, peers left to the host.
import { copyFileSync, mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import pkg from './package.json' with { type: 'json' }

const external = [
  ...Object.keys(pkg.peerDependencies),
  ...Object.keys(pkg.dependencies),
  'msw',
  'react/jsx-runtime',
]

/** The theme is plain CSS: shipped as written, never injected at run time. */
function copyStyles(): Plugin {
  return {
    name: 'farol-copy-styles',
    apply: 'build',
    closeBundle() {
      mkdirSync('dist', { recursive: true })
      copyFileSync('src/styles/farol.css', 'dist/styles.css')
    },
  }
}

export default defineConfig({
  plugins: [react(), copyStyles()],
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: false,
    emptyOutDir: true,
    lib: {
      formats: ['es'],
      entry: {
        index: resolve('src/index.ts'),
        'core/index': resolve('src/core/index.ts'),
        'testing/index': resolve('src/testing/index.ts'),
        'testing/server/index': resolve('src/testing/server/index.ts'),
      },
    },
    rollupOptions: {
      // One output file per source module, so hosts' bundlers drop what they do not use.
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      external: (id) =>
        id.startsWith('node:') || external.some((name) => id === name || id.startsWith(`${name}/`)),
    },
  },
})
