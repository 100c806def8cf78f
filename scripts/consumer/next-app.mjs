// A Next.js App Router host: a server-component page imports farol's components with no
// wrapper of its own, and farol/core runs on the server. `next build` (webpack), then
// `next start`, opened in Chromium: no console error, no hydration warning, and the
// colours of the Vite dev server.
import { cpSync, renameSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { brazilianPage, watchProblems } from './browser.mjs'
import { checkColours, compareColours, dangerSummary, readColours } from './colours.mjs'
import { freePort, log, run, start, step, StepError, walk } from './process.mjs'

const TEMPLATE = join(import.meta.dirname, '../../test/consumer/next-app')
const SHARED = join(import.meta.dirname, '../../test/consumer/shared')

export const NEXT_APP = {
  next: '15.5.29',
  react: '19.2.0',
  'react-dom': '19.2.0',
  '@tanstack/react-query': '5.108.0',
  i18next: '26.7.2',
  typescript: '6.0.3',
  '@types/react': '19.2.2',
  '@types/react-dom': '19.2.2',
  '@types/node': '20.19.0',
}

const NEXT_ENV = { NEXT_TELEMETRY_DISABLED: '1' }

async function createNextApp(dir, tarball, npmArgs) {
  const app = join(dir, 'next-15')
  cpSync(TEMPLATE, app, { recursive: true })
  cpSync(SHARED, join(app, 'app'), { recursive: true })
  for (const file of walk(app)) if (file.endsWith('.tpl')) renameSync(file, file.slice(0, -4))
  const manifest = {
    name: 'farol-consumer-next',
    private: true,
    scripts: { build: 'next build', start: 'next start' },
    dependencies: { farol: `file:${relative(app, tarball)}`, ...NEXT_APP },
  }
  writeFileSync(join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  await run('npm', ['install', ...npmArgs], { cwd: app, timeoutMs: 240_000 })
  return app
}

/** Builds and serves the Next.js app; returns its colours for the comparison. */
export async function checkNextApp({ dir, tarball, browser, npmArgs, reference }) {
  log(
    `next-15: ${Object.entries(NEXT_APP)
      .map(([name, v]) => `${name}@${v}`)
      .join(' ')}`,
  )
  const app = await step('next-15: npm install', () => createNextApp(dir, tarball, npmArgs))
  await step('next-15: next build (webpack, type check included)', () =>
    run('npx', ['next', 'build'], { cwd: app, env: NEXT_ENV, timeoutMs: 300_000 }),
  )
  const port = await freePort()
  const server = await start('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: app,
    env: NEXT_ENV,
    ready: (output) => /Ready in|started server/i.test(output),
  })
  try {
    const { colours, problems } = await step('next-15: Chromium opens the page', () =>
      readColours(browser, `http://127.0.0.1:${port}/`),
    )
    if (problems.length > 0) {
      throw new StepError(`next-15: the page logged problems:\n  ${problems.join('\n  ')}`)
    }
    checkColours(colours, 'next-15')
    compareColours(reference, colours, 'next-15')
    log(`  next-15 ${dangerSummary(colours)}`)
    await checkServerParts(browser, `http://127.0.0.1:${port}/`)
    await step('next-15: a page rendered per request hydrates in São Paulo', () =>
      checkLivePage(browser, `http://127.0.0.1:${port}/live`),
    )
  } finally {
    await server.stop()
  }
}

/**
 * A page rendered per request with live dates, opened in São Paulo: hydration reports
 * nothing, then the dates switch to the user’s zone and the device countdown appears.
 */
async function checkLivePage(browser, url) {
  const { context, page } = await brazilianPage(browser)
  const problems = watchProblems(page)
  try {
    await page.goto(url)
    const main = page.locator('[data-case="live"]')
    const nextSync = new Date(await main.getAttribute('data-next-auto-sync-at'))
    const local = new Intl.DateTimeFormat('pt-BR', {
      timeStyle: 'short',
      timeZone: 'America/Sao_Paulo',
    }).format(nextSync)
    await main.getByText(`às ${local}`).waitFor({ timeout: 15_000 })
    await main.getByText(/Você tem \d+:\d\d para autorizar/).waitFor({ timeout: 15_000 })
    // Anything React reports about hydration arrives by now.
    await page.waitForTimeout(500)
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error))
  } finally {
    await context.close()
  }
  if (problems.length > 0) throw new StepError(`next-15 /live:\n  ${problems.join('\n  ')}`)
}

/** farol/core ran on the server; a composite component hydrated as a client component. */
async function checkServerParts(browser, url) {
  const response = await fetch(url)
  const html = await response.text()
  if (!html.includes('data-testid="server-reason">invalid-credentials<')) {
    throw new StepError('next-15: the server-rendered HTML lacks describeItem’s reason')
  }
  if (!html.includes('farol-StatusBanner')) {
    throw new StepError('next-15: StatusBanner was not server-rendered')
  }
  const page = await browser.newPage()
  try {
    await page.goto(url)
    await page
      .locator('[data-testid="composite"] .farol-ItemConnectionStatus[data-phase="login-error"]')
      .waitFor({ timeout: 15_000 })
  } finally {
    await page.close()
  }
}
