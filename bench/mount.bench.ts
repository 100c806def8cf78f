// `npx tsx bench/mount.bench.ts`: mount time of N ItemConnectionStatus (given `item`)
// against N plain elements holding the same text, in headless Chromium, production React.
// Merges its figures into bench/results.json under "mount" (run after hooks.bench.tsx,
// which rewrites that file: `npm run bench` runs both).
import { readFileSync, writeFileSync } from 'node:fs'
import { median, openMountPage, round } from './mount/browser-page'

const COUNT = 500
const WARMUP = 2
const RUNS = 9
const SCENARIOS = ['login-error', 'ready'] as const

const { browser, page, errors } = await openMountPage('./page.tsx', 'mountOnce')

interface Timing {
  commitMs: number
  layoutMs: number
}
const mountOnce = (kind: 'farol' | 'plain', scenario: string) =>
  page.evaluate(([k, s, n]) => window.mountOnce(k, s, n), [kind, scenario, COUNT] as const)

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
