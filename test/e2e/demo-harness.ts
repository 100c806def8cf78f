// What the demo's end-to-end files share: one demo (sandbox, backend, Vite) and one
// Chromium per file, a fresh São Paulo browser context per page, and no page error in
// any journey. Screenshots go to test-results/e2e.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs'
import { startDemo, type Demo } from '../../examples/minhas-contas/start-demo'

export const SHOTS = resolve('test-results/e2e')

/** Longest a user-visible change may take: a device or consent poll (5 s) plus a sync. */
export const STATE_TIMEOUT = 20_000

export async function shoot(target: Locator, name: string) {
  await target.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' })
}

export interface DemoHarness {
  readonly demo: Demo
  /** A fresh page on the demo; `fakeClock` lets the test jump time forward. */
  openDemo(options?: { fakeClock?: boolean }): Promise<Page>
}

/** Registers the file's hooks; call it once at the top of an e2e file. */
export function setUpDemoInChromium(): DemoHarness {
  let demo: Demo | undefined
  let browser: Browser | undefined
  const contexts: BrowserContext[] = []
  const pageErrors: string[] = []

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    const executablePath = findChrome()
    if (!executablePath)
      throw new Error('No Chromium found: set CHROME_PATH (see scripts/chrome.mjs)')
    // Short sync steps keep journeys quick; the "syncing" connection keeps its 30 s steps.
    ;[demo, browser] = await Promise.all([
      startDemo({ stepMs: 120, hmr: false, logLevel: 'warn' }),
      chromium.launch({ executablePath, args: CHROME_ARGS }),
    ])
  })

  afterAll(async () => {
    await browser?.close()
    await demo?.close()
  })

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()))
    // A render error unmounts the page: none may happen in any journey.
    expect(pageErrors.splice(0)).toEqual([])
  })

  return {
    get demo() {
      if (!demo) throw new Error('The demo starts in beforeAll')
      return demo
    },
    async openDemo({ fakeClock = false } = {}) {
      if (!browser || !demo) throw new Error('The demo starts in beforeAll')
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: 'pt-BR',
        timezoneId: 'America/Sao_Paulo',
        reducedMotion: 'reduce',
      })
      contexts.push(context)
      // Time flows as usual; the test may jump it forward (fastForward).
      if (fakeClock) await context.clock.install()
      const page = await context.newPage()
      page.on('pageerror', (error) => pageErrors.push(error.message))
      await page.goto(demo.url)
      await page.getByRole('heading', { level: 1, name: 'Minhas contas' }).waitFor()
      return page
    },
  }
}
