// `npx tsx bench/connections.bench.ts`: mount time of a ConnectionList of 200 rows (given
// `items`) against a static React component rendering the same markup, in headless
// Chromium, production React. Merges its figures into bench/results.json under
// "connectionListMount" (run after hooks.bench.tsx, which rewrites that file).
import { readFileSync, writeFileSync } from 'node:fs'
import { median, openMountPage, round } from './mount/browser-page'

const COUNTS = [200]
const WARMUP = 2
const RUNS = 15
const MIX = 'mixed'

const { browser, page, errors } = await openMountPage('./connections-page.tsx', 'mountList')

interface Timing {
  commitMs: number
  layoutMs: number
}
const mountList = (kind: 'farol' | 'static', count: number) =>
  page.evaluate(([k, m, n]) => window.mountList(k, m, n), [kind, MIX, count] as const)

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
