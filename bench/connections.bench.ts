// `npx tsx bench/connections.bench.ts`: mount time of a ConnectionList of 200 rows (given
// `items`) against a static React component rendering the same markup, in headless
// Chromium, production React. Merges its figures into bench/results.json under
// "connectionListMount" (run after hooks.bench.tsx, which rewrites that file).
import { readFileSync, writeFileSync } from 'node:fs'
import { build } from 'esbuild'
import { chromium } from 'playwright'
import { CHROME_ARGS, findChrome } from '../scripts/chrome.mjs'

const COUNTS = [200]
const WARMUP = 2
const RUNS = 15
const MIX = 'mixed'

const bundle = await build({
  entryPoints: [new URL('./mount/connections-page.tsx', import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  write: false,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
})
const script = bundle.outputFiles[0]!.text.replaceAll('</script', '<\\/script')
const css = readFileSync(new URL('../src/styles/farol.css', import.meta.url), 'utf8')
const html = `<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><style>${css}</style></head><body><script type="module">${script}</script></body></html>`

const executablePath = findChrome()
if (!executablePath) throw new Error('no Chromium found (see scripts/chrome.mjs)')
const browser = await chromium.launch({ executablePath, args: CHROME_ARGS })
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
const errors: string[] = []
page.on('pageerror', (error) => errors.push(error.message))
page.on('console', (message) => {
  if (message.type() === 'error') errors.push(message.text())
})
await page.setContent(html)
await page.waitForFunction(() => typeof window.mountList === 'function')

interface Timing {
  commitMs: number
  layoutMs: number
}
const mountList = (kind: 'farol' | 'static', count: number) =>
  page.evaluate(([k, m, n]) => window.mountList(k, m, n), [kind, MIX, count] as const)
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
const round = (value: number, digits = 1) => Number(value.toFixed(digits))

const rows = []
for (const count of COUNTS) {
  const runs: Record<'farol' | 'static', Timing[]> = { farol: [], static: [] }
  for (let index = 0; index < WARMUP + RUNS; index++) {
    const order = index % 2 ? (['static', 'farol'] as const) : (['farol', 'static'] as const)
    for (const kind of order) {
      const timing = await mountList(kind, count)
      if (index >= WARMUP) runs[kind].push(timing)
    }
  }
  const farol = median(runs.farol.map((run) => run.commitMs))
  const plain = median(runs.static.map((run) => run.commitMs))
  const farolLayout = median(runs.farol.map((run) => run.layoutMs))
  const plainLayout = median(runs.static.map((run) => run.layoutMs))
  rows.push({
    rows: count,
    farolMs: round(farol),
    staticMs: round(plain),
    ratio: round(farol / plain),
    farolWithLayoutMs: round(farolLayout),
    staticWithLayoutMs: round(plainLayout),
    ratioWithLayout: round(farolLayout / plainLayout),
  })
}
const version = browser.version()
await browser.close()
if (errors.length > 0) throw new Error(`the bench page logged errors:\n${errors.join('\n')}`)

const resultsUrl = new URL('./results.json', import.meta.url)
const results = JSON.parse(readFileSync(resultsUrl, 'utf8')) as Record<string, unknown>
results.connectionListMount = {
  settings: {
    warmupRuns: WARMUP,
    measuredRuns: RUNS,
    statistic: 'median',
    browser: `Chromium ${version}, headless`,
    react: 'production build (esbuild, NODE_ENV=production)',
    farol:
      'FarolI18nProvider (pt-BR) around ConnectionList with `items` (6 states mixed) and a fixed `now`',
    static:
      'a React component rendering the same elements, attributes and text (a snapshot of the ConnectionList DOM), no hooks',
    timing:
      'performance.now() around flushSync(root.render); "with layout" adds a forced getBoundingClientRect()',
    css: 'farol/styles.css on the page',
  },
  rows,
}
writeFileSync(resultsUrl, `${JSON.stringify(results, null, 2)}\n`)
console.log(`ConnectionList mount time in ${version} (median of ${RUNS} runs)`)
console.table(rows)
