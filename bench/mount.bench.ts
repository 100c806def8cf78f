// `npx tsx bench/mount.bench.ts`: mount time of N ItemConnectionStatus (given `item`)
// against N plain elements holding the same text, in headless Chromium, production React.
// Merges its figures into bench/results.json under "mount" (run after hooks.bench.tsx,
// which rewrites that file: `npm run bench` runs both).
import { readFileSync, writeFileSync } from 'node:fs'
import { build } from 'esbuild'
import { chromium } from 'playwright'
import { CHROME_ARGS, findChrome } from '../scripts/chrome.mjs'

const COUNT = 500
const WARMUP = 2
const RUNS = 9
const SCENARIOS = ['login-error', 'ready'] as const

const bundle = await build({
  entryPoints: [new URL('./mount/page.tsx', import.meta.url).pathname],
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
await page.waitForFunction(() => typeof window.mountOnce === 'function')

interface Timing {
  commitMs: number
  layoutMs: number
}
const mountOnce = (kind: 'farol' | 'plain', scenario: string) =>
  page.evaluate(([k, s, n]) => window.mountOnce(k, s, n), [kind, scenario, COUNT] as const)
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
const round = (value: number, digits = 1) => Number(value.toFixed(digits))

const rows = []
for (const scenario of SCENARIOS) {
  const textLength = (await page.evaluate((s) => window.textOf(s), scenario)).length
  const runs: Record<'farol' | 'plain', Timing[]> = { farol: [], plain: [] }
  for (let index = 0; index < WARMUP + RUNS; index++) {
    // Alternate which goes first, so neither always meets a warmer heap.
    const order = index % 2 ? (['plain', 'farol'] as const) : (['farol', 'plain'] as const)
    for (const kind of order) {
      const timing = await mountOnce(kind, scenario)
      if (index >= WARMUP) runs[kind].push(timing)
    }
  }
  const farolCommit = median(runs.farol.map((run) => run.commitMs))
  const plainCommit = median(runs.plain.map((run) => run.commitMs))
  const farolLayout = median(runs.farol.map((run) => run.layoutMs))
  const plainLayout = median(runs.plain.map((run) => run.layoutMs))
  rows.push({
    scenario,
    textLength,
    farolMs: round(farolCommit),
    plainMs: round(plainCommit),
    ratio: round(farolCommit / plainCommit),
    farolPerItemUs: round((farolCommit / COUNT) * 1000, 0),
    farolWithLayoutMs: round(farolLayout),
    plainWithLayoutMs: round(plainLayout),
    ratioWithLayout: round(farolLayout / plainLayout),
  })
}
const version = browser.version()
await browser.close()
if (errors.length > 0) throw new Error(`the bench page logged errors:\n${errors.join('\n')}`)

const resultsUrl = new URL('./results.json', import.meta.url)
const results = JSON.parse(readFileSync(resultsUrl, 'utf8')) as Record<string, unknown>
results.mount = {
  settings: {
    count: COUNT,
    warmupRuns: WARMUP,
    measuredRuns: RUNS,
    statistic: 'median',
    browser: `Chromium ${version}, headless`,
    react: 'production build (esbuild, NODE_ENV=production)',
    source: 'farol from src/, bundled and minified with React by esbuild',
    farol: 'FarolProvider (pt-BR) around N ItemConnectionStatus with `item` and a fixed `now`',
    plain: 'N <div>s, each holding the text one ItemConnectionStatus shows (textContent)',
    timing:
      'performance.now() around flushSync(root.render) (React render + DOM commit); "with layout" adds a forced getBoundingClientRect()',
    css: 'farol/styles.css on the page',
  },
  rows,
}
writeFileSync(resultsUrl, `${JSON.stringify(results, null, 2)}\n`)
console.log(`Mount time of ${COUNT} items in ${version} (median of ${RUNS} runs)`)
console.table(rows)
