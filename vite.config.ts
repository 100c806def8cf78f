// The library build: one ESM file per source module (plus its source map), peers left
// to the host. `npm run build` then writes the declarations (scripts/build-types.mjs).
import { copyFileSync, mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import pkg from './package.json' with { type: 'json' }

const external = [...Object.keys(pkg.peerDependencies), 'msw', 'react/jsx-runtime']

/**
 * The theme is plain CSS: shipped as written, never injected at run time. Only in the
 * library build: Storybook loads this file too (without `build`), and must not write
 * into dist.
 */
function copyStyles(): Plugin {
  let outDir: string | undefined
  return {
    name: 'farol-copy-styles',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.lib ? resolve(config.root, config.build.outDir) : undefined
    },
    closeBundle() {
      if (!outDir) return
      mkdirSync(outDir, { recursive: true })
      copyFileSync('src/styles/farol.css', resolve(outDir, 'styles.css'))
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
    // public/ holds Storybook's MSW worker; it is not part of the package.
    copyPublicDir: false,
    lib: {
      formats: ['es'],
      // One entry per subpath of package.json "exports".
      entry: {
        index: resolve('src/index.ts'),
        'core/index': resolve('src/core/index.ts'),
        'testing/index': resolve('src/testing/index.ts'),
        'testing/server/index': resolve('src/testing/server/index.ts'),
        'server/index': resolve('src/server/index.ts'),
        'i18n/locales/pt-BR/index': resolve('src/i18n/locales/pt-BR/index.ts'),
        'i18n/locales/en/index': resolve('src/i18n/locales/en/index.ts'),
        'i18n/locales/es/index': resolve('src/i18n/locales/es/index.ts'),
      },
    },
    rollupOptions: {
      // Constants stay imported, not copied into each importer: with one file per
      // module, inlining them left bare `import "./constants.js"` statements behind.
      optimization: { inlineConst: false },
      // One output file per source module, so hosts' bundlers drop what they do not use.
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      external: (id) =>
        id.startsWith('node:') || external.some((name) => id === name || id.startsWith(`${name}/`)),
    },
  },
})
