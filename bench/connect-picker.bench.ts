// `npx tsx bench/connect-picker.bench.ts`: the institution picker in headless Chromium,
// production React. Types a 10-letter search one key at a time (50 ms apart, as a person
// types) and measures, per keystroke, the time from the input event to the frame that
// shows the filtered list (median and p95), and the requests sent while typing: on
// ConnectItem over the sandbox's catalogue, and on ConnectorPicker given 400 institutions.
// Merges its figures into bench/results.json under "connectorPicker".
import { readFileSync, writeFileSync } from 'node:fs'
import { median, openMountPage, round } from './mount/browser-page'

const SEARCH = 'bradesco p' // 10 keystrokes
const RUNS = 10
const KEY_DELAY_MS = 50

const { browser, page, errors } = await openMountPage('./picker-page.tsx', 'mountConnect')

const p95 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!
}

async function typeSearch(): Promise<{ latencies: number[]; requests: string[]; shown: number }> {
  await page.evaluate(() => {
    window.keyLatencies = []
    window.requests = []
  })
  const search = page.getByRole('combobox')
  await search.fill('')
  await page.evaluate(() => {
    window.keyLatencies = []
    window.requests = []
  })
  await search.pressSequentially(SEARCH, { delay: KEY_DELAY_MS })
  // Past any debounce a search box might have: the requests typing caused.
  await page.waitForTimeout(600)
  return page.evaluate(() => ({
    latencies: window.keyLatencies,
    requests: window.requests,
    shown: document.querySelectorAll('[role="option"]').length,
  }))
}

async function measure(mount: () => Promise<number>) {
  const latencies: number[] = []
  const requestCounts: number[] = []
  let catalogue = 0
  let shown = 0
  for (let run = 0; run < RUNS; run++) {
    catalogue = await mount()
    const result = await typeSearch()
    // The first run warms up the JIT.
    if (run > 0) latencies.push(...result.latencies)
    requestCounts.push(result.requests.length)
    shown = result.shown
  }
  return {
    institutions: catalogue,
    keystrokes: SEARCH.length,
    matchesAfterTyping: shown,
    keystrokeToListMedianMs: round(median(latencies)),
    keystrokeToListP95Ms: round(p95(latencies)),
    requestsWhileTyping: Math.max(...requestCounts),
  }
}

const connectItem = await measure(() => page.evaluate(() => window.mountConnect()))
const fourHundred = await measure(() => page.evaluate(() => window.mountPicker(400)))
const version = browser.version()
await browser.close()
if (errors.length > 0) throw new Error(`the bench page logged errors:\n${errors.join('\n')}`)

const resultsUrl = new URL('./results.json', import.meta.url)
const results = JSON.parse(readFileSync(resultsUrl, 'utf8')) as Record<string, unknown>
results.connectorPicker = {
  settings: {
    search: `"${SEARCH}" typed one key at a time, ${KEY_DELAY_MS} ms apart (Playwright pressSequentially)`,
    runs: RUNS,
    warmup: 'the first run is not counted',
    statistic: 'median and p95 over every measured keystroke',
    latency:
      'input event timestamp → the next requestAnimationFrame after React committed the filtered list (layout of the list forced in that frame)',
    requests: 'requests the client sent from the first to the last keystroke, plus 600 ms',
    browser: `Chromium ${version}, headless`,
    react: 'production build (esbuild, NODE_ENV=production)',
    css: 'farol/styles.css on the page',
  },
  connectItemOnSandboxCatalogue: connectItem,
  connectorPickerWith400: fourHundred,
}
writeFileSync(resultsUrl, `${JSON.stringify(results, null, 2)}\n`)
console.log(JSON.stringify(results.connectorPicker, null, 2))
