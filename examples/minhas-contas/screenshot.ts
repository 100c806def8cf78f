// Writes docs/screenshot-demo.png: the whole demo page, every connection's row settled in
// its state (the first one open). `npx tsx examples/minhas-contas/screenshot.ts`
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright'
import { CHROME_ARGS, ensureChrome } from '../../scripts/chrome.mjs'
import type { DemoConnectionKey } from './demo-connections'
import { startDemo } from './start-demo'

const output = fileURLToPath(new URL('../../docs/screenshot-demo.png', import.meta.url))

const expected: Array<[DemoConnectionKey, string]> = [
  ['digital', 'login-error'],
  ['salary', 'waiting-user'],
  ['investments', 'partial'],
  ['checking', 'ready'],
  ['savings', 'syncing'],
  ['joint', 'outdated'],
]

const demo = await startDemo({ hmr: false, logLevel: 'warn' })
const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROME_ARGS })
try {
  const page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    locale: 'pt-BR',
    timezoneId: 'America/Sao_Paulo',
    reducedMotion: 'reduce',
  })
  await page.goto(demo.url)
  const itemId = (key: DemoConnectionKey) =>
    demo.config.connections.find((connection) => connection.key === key)?.itemId
  for (const [key, phase] of expected) {
    await page
      .locator(`.farol-ConnectionList-row[data-item-id="${itemId(key)}"][data-phase="${phase}"]`)
      .waitFor({ timeout: 20_000 })
  }
  await page.locator('.mc-header .farol-ConnectionsSummary').waitFor()
  // Nothing focused, no caret.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.screenshot({ path: output, fullPage: true, animations: 'disabled' })
  console.log(`wrote ${output}`)
} finally {
  await browser.close()
  await demo.close()
}
