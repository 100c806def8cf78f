import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import { chromium } from 'playwright'
import { CHROME_ARGS, findChrome } from '/work/wt-headless2/scripts/chrome.mjs'
const scenario = process.argv[2] ?? 'ready'
const bundle = await build({ entryPoints: ['/work/wt-headless2/bench/mount/page.tsx'], bundle: true, minify: false, format: 'esm', target: 'es2022', jsx: 'automatic', write: false, define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error' })
const script = bundle.outputFiles[0]!.text.replaceAll('</script', '<\\/script')
const css = readFileSync('/work/wt-headless2/src/styles/farol.css', 'utf8')
const browser = await chromium.launch({ executablePath: findChrome()!, args: CHROME_ARGS })
const page = await browser.newPage()
await page.setContent(`<!doctype html><html><head><style>${css}</style></head><body><script type="module">${script}</script></body></html>`)
await page.waitForFunction(() => typeof (window as any).mountOnce === 'function')
for (let i = 0; i < 3; i++) await page.evaluate((s) => (window as any).mountOnce('farol', s, 500), scenario)
const cdp = await page.context().newCDPSession(page)
await cdp.send('Profiler.enable')
await cdp.send('Profiler.setSamplingInterval', { interval: 50 })
await cdp.send('Profiler.start')
for (let i = 0; i < 6; i++) await page.evaluate((s) => (window as any).mountOnce('farol', s, 500), scenario)
const { profile } = await cdp.send('Profiler.stop')
const self = new Map<string, number>()
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]))
const counts = new Map<number, number>()
for (const s of profile.samples!) counts.set(s, (counts.get(s) ?? 0) + 1)
let total = 0
for (const [id, c] of counts) {
  const n: any = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`
  self.set(key, (self.get(key) ?? 0) + c); total += c
}
// inclusive time for selected functions
const parent = new Map<number, number>()
for (const n of profile.nodes as any[]) for (const c of n.children ?? []) parent.set(c, n.id)
const incl = new Map<string, number>()
for (const [id, c] of counts) {
  const seen = new Set<string>()
  let cur: number | undefined = id
  while (cur !== undefined) { const n: any = byId.get(cur); const key = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`; if (!seen.has(key)) { incl.set(key, (incl.get(key) ?? 0) + c); seen.add(key) } cur = parent.get(cur) }
}
console.log('total samples', total)
console.log('SELF'); for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / total * 100).toFixed(1).padStart(5), k)
console.log('INCLUSIVE'); for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 70)) console.log((v / total * 100).toFixed(1).padStart(5), k)
await browser.close()
