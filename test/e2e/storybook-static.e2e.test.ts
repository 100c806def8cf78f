// The static Storybook (`npm run build-storybook`) works from a plain file server: built
// into a sub-folder of a temporary directory (so every asset path and the MSW worker URL
// must be relative), served by `python3 -m http.server` (or a bare node server when there
// is no python3), opened in headless Chromium. A live story's play function then drives
// the sandbox, through the service worker, to its end state. Stories keep farol's colours
// in every theme of the toolbar: Storybook's production build lowers CSS like a host's.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve } from 'node:path'
import { chromium, type Browser } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROME_ARGS, findChrome } from '../../scripts/chrome.mjs'
import { GUIDANCE_REASONS, type Phase } from '../../src/core'
import { PHASE_TITLES } from '../../stories/support/reasons'

const SUBFOLDER = 'farol-storybook'

/** `#rrggbb` → `rgb(r, g, b)`, as getComputedStyle gives it. */
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`

/** A tone's background, border and headline colour in each toolbar theme, from the CSS. */
function expectedTone(tone: string) {
  const farol = readFileSync(resolve('src/styles/farol.css'), 'utf8')
  const brand = readFileSync(resolve('.storybook/brand-theme.css'), 'utf8')
  const pair = (name: string) => {
    const match = new RegExp(
      `${name}:\\s*var\\(--farol-on-light,\\s*(#\\w+)\\)\\s*var\\(--farol-on-dark,\\s*(#\\w+)\\)`,
    ).exec(farol)
    return { light: rgb(match![1]!), dark: rgb(match![2]!) }
  }
  const brandValue = (name: string) => rgb(new RegExp(`${name}:\\s*(#\\w+)`).exec(brand)![1]!)
  const roles = {
    background: `--farol-${tone}-bg`,
    border: `--farol-${tone}-border`,
    headline: `--farol-${tone}-fg`,
  }
  const theme = (pick: (name: string) => string) =>
    Object.fromEntries(Object.entries(roles).map(([role, name]) => [role, pick(name)]))
  return {
    light: theme((name) => pair(name).light),
    dark: theme((name) => pair(name).dark),
    brand: theme(brandValue),
  }
}
const LIVE_STORY = 'live-retry--retry-then-success'

let root: string
let baseUrl: string
let stopServer: () => Promise<void> = async () => {}
let browser: Browser | undefined

function build(outputDir: string) {
  // The command of `npm run build-storybook`, with another output folder.
  const result = spawnSync(
    process.execPath,
    [resolve('node_modules/storybook/dist/bin/dispatcher.js'), 'build', '-o', outputDir, '--quiet'],
    { encoding: 'utf8', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } },
  )
  if (result.status !== 0) {
    throw new Error(`storybook build failed:\n${result.stdout}\n${result.stderr}`)
  }
}

function hasPython(): boolean {
  return spawnSync('python3', ['--version'], { stdio: 'ignore' }).status === 0
}

/** `python3 -m http.server 0` in `directory`; resolves with its base URL. */
function pythonServer(directory: string): Promise<{ url: string; stop: () => Promise<void> }> {
  return new Promise((resolveServer, reject) => {
    const child: ChildProcess = spawn(
      'python3',
      ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', directory],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const port = /port (\d+)/.exec(output)?.[1]
      if (port) {
        resolveServer({
          url: `http://127.0.0.1:${port}`,
          stop: () =>
            new Promise((done) => {
              child.once('exit', () => done())
              child.kill()
            }),
        })
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`http.server exited (${code}): ${output}`)))
  })
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

/** The same, without python: static files and nothing else. */
function nodeServer(directory: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    let file = normalize(join(directory, path))
    if (!file.startsWith(directory)) return void response.writeHead(403).end()
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) return void response.writeHead(404).end()
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(response)
  })
  return new Promise((resolveServer) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      resolveServer({
        url: `http://127.0.0.1:${port}`,
        stop: () => new Promise((done) => server.close(() => done())),
      })
    })
  })
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'farol-storybook-static-'))
  build(join(root, SUBFOLDER))
  const served = await (hasPython() ? pythonServer(root) : nodeServer(root))
  baseUrl = `${served.url}/${SUBFOLDER}`
  stopServer = served.stop
  const executablePath = findChrome()
  if (!executablePath)
    throw new Error('No Chromium found: set CHROME_PATH (see scripts/chrome.mjs)')
  browser = await chromium.launch({ executablePath, args: CHROME_ARGS })
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await stopServer()
  if (root) await rm(root, { recursive: true, force: true })
})

describe('static Storybook', () => {
  it('indexes the docs pages, the live stories and every reason of both status components', async () => {
    const index = JSON.parse(await readFile(join(root, SUBFOLDER, 'index.json'), 'utf8')) as {
      entries: Record<string, { type: string; title: string }>
    }
    const titles = new Set(Object.values(index.entries).map((entry) => entry.title))
    for (const title of [
      'Docs/Introduction',
      'Docs/Theming',
      'Docs/Decision table',
      'Docs/Languages',
      'Live/Retry',
      'Live/Login and MFA',
      'Live/Device authorization',
      'Live/Partial success',
      'Live/Rate limit',
      'Live/Network failure',
    ]) {
      expect(titles, title).toContain(title)
    }
    // Every reason of the decision table has a story in its phase's folder, for both.
    for (const [phase, reasons] of Object.entries(GUIDANCE_REASONS)) {
      const folder = PHASE_TITLES[phase as Phase].toLowerCase().replace(/[^a-z0-9]+/g, '-')
      for (const component of ['statusbanner', 'itemconnectionstatus']) {
        for (const reason of reasons) {
          const id = `components-${component}-${folder}--${reason}`
          expect(index.entries[id]?.type, id).toBe('story')
        }
      }
    }
    await expect(readFile(join(root, SUBFOLDER, 'mockServiceWorker.js'), 'utf8')).resolves.toMatch(
      /Mock Service Worker/,
    )
  })

  it('runs a live story to its end state through the MSW worker, from a sub-folder', async () => {
    const page = await browser!.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    try {
      await page.goto(`${baseUrl}/iframe.html?id=${LIVE_STORY}&viewMode=story`)
      // The play function clicks "Try again"; the sandbox answers through the worker.
      await page
        .locator('.farol-ItemConnectionStatus[data-reason="updated"]')
        .waitFor({ timeout: 30_000 })
      const worker = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration()
        return registration?.active?.scriptURL
      })
      expect(worker).toBe(`${baseUrl}/mockServiceWorker.js`)
      expect(errors).toEqual([])
    } finally {
      await page.close()
    }
  }, 60_000)

  it.each([
    ['danger', 'login-error', 'invalid-credentials'],
    ['success', 'ready', 'updated'],
    ['info', 'syncing', 'syncing'],
  ])(
    'shows a %s banner in the colours of each theme',
    async (tone, folder, reason) => {
      const expected = expectedTone(tone)
      const page = await browser!.newPage()
      try {
        for (const theme of ['light', 'dark', 'brand'] as const) {
          const id = `components-statusbanner-${folder}--${reason}`
          await page.goto(`${baseUrl}/iframe.html?id=${id}&viewMode=story&globals=theme:${theme}`)
          const banner = page.locator(`.farol-StatusBanner[data-tone="${tone}"]`)
          await banner.waitFor({ timeout: 30_000 })
          const colours = await banner.evaluate((element) => ({
            background: getComputedStyle(element).backgroundColor,
            border: getComputedStyle(element).borderTopColor,
            headline: getComputedStyle(element.querySelector('.farol-StatusBanner-headline')!)
              .color,
          }))
          expect(colours, `${id} in ${theme}`).toEqual(expected[theme])
        }
      } finally {
        await page.close()
      }
    },
    60_000,
  )

  it('opens the manager UI with the toolbar', async () => {
    const page = await browser!.newPage()
    try {
      await page.goto(`${baseUrl}/index.html?path=/story/${LIVE_STORY}`)
      await page.getByRole('button', { name: /^Language/ }).waitFor({ timeout: 30_000 })
      await expect(page.getByRole('button', { name: /^Theme/ }).count()).resolves.toBe(1)
    } finally {
      await page.close()
    }
  }, 60_000)
})
