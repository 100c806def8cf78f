// The library build: one ESM file per source module (plus its source map), peers left
// to the host. `npm run build` then writes the declarations (scripts/build-types.mjs).
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import pkg from './package.json' with { type: 'json' }

const external = [...Object.keys(pkg.peerDependencies), 'msw', 'react/jsx-runtime']

/**
 * Next.js App Router (and any React Server Components host) needs `'use client'` at the
 * top of every module that holds React state, context or effects. Bundlers drop module
 * directives from sources, so the build writes it: into each output module that imports
 * React itself (hooks, context, JSX), and each module of the React layers that calls a
 * hook (e.g. useConnector → useQuery). farol/core and farol/testing import no React and
 * stay directive-free, usable from server components; so do the entry files, which only
 * re-export. scripts/check-directives.mjs checks the built files.
 */
const REACT_RUNTIME = new Set(['react', 'react/jsx-runtime', 'react-dom'])
const REACT_LAYERS = /[\\/]src[\\/](react|components|i18n[\\/]react)[\\/]/
const HOOK_CALL = /\buse[A-Z]\w*\(/
function useClientBanner(chunk: { imports: string[]; moduleIds: string[] }): string {
  const source = chunk.moduleIds.find((id) => REACT_LAYERS.test(id))
  const client =
    chunk.imports.some((id) => REACT_RUNTIME.has(id)) ||
    (source !== undefined && HOOK_CALL.test(readFileSync(source, 'utf8')))
  return client ? "'use client';" : ''
}

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
      copyFileSync('src/styles/farol.css.d.ts', resolve(outDir, 'styles.css.d.ts'))
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
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        banner: useClientBanner,
      },
      external: (id) =>
        id.startsWith('node:') || external.some((name) => id === name || id.startsWith(`${name}/`)),
    },
  },
})
