// `npx tsx bench/mount.bench.ts`: mount time of N ItemConnectionStatus (given `item`)
// against the floor (N copies of the markup one of them renders, replayed as a static
// React tree) and N plain elements holding the same text, in one headless Chromium run,
// production React, no logos.
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
type Kind = 'farol' | 'floor' | 'plain'
const KINDS: Kind[] = ['farol', 'floor', 'plain']
const mountOnce = (kind: Kind, scenario: string) =>
  page.evaluate(([k, s, n]) => window.mountOnce(k, s, n), [kind, scenario, COUNT] as const)

const rows = []
for (const scenario of SCENARIOS) {
  const textLength = (await page.evaluate((s) => window.textOf(s), scenario)).length
  if (!(await page.evaluate((s) => window.floorMatches(s), scenario))) {
    throw new Error(`${scenario}: the floor's markup differs from farol's`)
  }
  const runs: Record<Kind, Timing[]> = { farol: [], floor: [], plain: [] }
  for (let index = 0; index < WARMUP + RUNS; index++) {
    // Rotate which goes first, so none always meets a warmer heap.
    const order = KINDS.map((_, at) => KINDS[(at + index) % KINDS.length]!)
    for (const kind of order) {
      const timing = await mountOnce(kind, scenario)
      if (index >= WARMUP) runs[kind].push(timing)
    }
  }
  const commit = (kind: Kind) => median(runs[kind].map((run) => run.commitMs))
  const layout = (kind: Kind) => median(runs[kind].map((run) => run.layoutMs))
  rows.push({
    scenario,
    textLength,
    farolMs: round(commit('farol')),
    floorMs: round(commit('floor')),
    plainMs: round(commit('plain')),
    ratioToFloor: round(commit('farol') / commit('floor'), 2),
    ratioToPlain: round(commit('farol') / commit('plain')),
    farolPerItemUs: round((commit('farol') / COUNT) * 1000, 0),
    farolWithLayoutMs: round(layout('farol')),
    floorWithLayoutMs: round(layout('floor')),
    ratioToFloorWithLayout: round(layout('farol') / layout('floor'), 2),
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
    farol:
      'FarolProvider (pt-BR) around N ItemConnectionStatus with `item`, a fixed `now` and onSubmitCredentials; no logos (the connector has no imageUrl)',
    floor:
      "N copies of the markup one ItemConnectionStatus renders (captured after mount, checked equal to farol's), replayed as a static React tree: createElement per element like compiled JSX, no hooks, no context",
    goal: 'ratioToFloor ≤ 1.5 for both scenarios',
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
