// Brotli size of `describeItem` with everything it imports, as a host's bundler
// sees the built package (peers excluded). Run after `npm run build`.
import { mkdtempSync, mkdirSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { build } from 'esbuild'

// describeItem's aim is 3 kB; the known-warnings catalog alone adds ~1.2 kB (see README).
const BUDGETS = { '{ describeItem }': 4.75 * 1024 }
const entries = {
  '{ describeItem }': "export { describeItem } from 'farol/core'",
  '{ parseItem }': "export { parseItem } from 'farol/core'",
  'farol/core (all)': "export * from 'farol/core'",
}
const peers = ['react', 'react-dom', '@tanstack/react-query', 'i18next', 'react-i18next']

const host = mkdtempSync(join(tmpdir(), 'farol-size-'))
mkdirSync(join(host, 'node_modules'))
symlinkSync(process.cwd(), join(host, 'node_modules', 'farol'), 'dir')

let failed = false
try {
  for (const [name, contents] of Object.entries(entries)) {
    const result = await build({
      stdin: { contents, resolveDir: host, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      external: peers,
      nodePaths: [join(process.cwd(), 'node_modules')],
    })
    const code = result.outputFiles[0].contents
    const brotli = brotliCompressSync(code, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length
    const gzip = gzipSync(code, { level: 9 }).length
    const kb = (bytes) => `${(bytes / 1024).toFixed(2)} kB`
    console.log(
      `${name.padEnd(20)} min ${kb(code.length)} · gzip ${kb(gzip)} · brotli ${kb(brotli)}`,
    )
    if (BUDGETS[name] && brotli > BUDGETS[name]) {
      console.error(`${name} is ${brotli} B brotli, over its ${BUDGETS[name]} B budget`)
      failed = true
    }
  }
} finally {
  rmSync(host, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
