// What the mount benches share: a page in headless Chromium holding farol's CSS and a
// production React bundle of `entry` (a file under bench/mount), and the statistics.
import { readFileSync } from 'node:fs'
import { build } from 'esbuild'
import { chromium } from 'playwright'
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs'

export async function openMountPage(entry: string, ready: string) {
  const bundle = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
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
  const css = readFileSync(new URL('../../src/styles/farol.css', import.meta.url), 'utf8')
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
  await page.waitForFunction((name) => typeof (window as never)[name] === 'function', ready)
  return { browser, page, errors }
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export const round = (value: number, digits = 1) => Number(value.toFixed(digits))
