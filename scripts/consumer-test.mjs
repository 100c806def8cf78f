// The package as a host gets it: `npm pack` the build, install the tarball into a fresh
// Vite + React 19 app and a React 18 app (peers from the npm registry, pinned), build
// both, type-check them against the installed declarations, and render
// ItemConnectionStatus in headless Chromium. The React 19 app also compares the colours
// of every tone between its dev server and its production builds (default target and
// chrome100), and a Next.js App Router app must build, serve, hydrate and show the same
// colours (scripts/consumer/next-app.mjs). See test/consumer/README.md.
// Run after `npm run build`. KEEP_CONSUMER_APPS=1 keeps the temporary apps.
import { spawn } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { chromium } from 'playwright'
import { CHROME_ARGS, findChrome } from './chrome.mjs'
import { checkColours, compareColours, dangerSummary, readColours } from './consumer/colours.mjs'
import { watchProblems } from './consumer/browser.mjs'
import { checkNextApp } from './consumer/next-app.mjs'
import {
  ROOT,
  StepError,
  freePort,
  log,
  run,
  seconds,
  serve,
  start,
  step,
  walk,
} from './consumer/process.mjs'

const TEMPLATE = join(ROOT, 'test/consumer/app')
const SHARED = join(ROOT, 'test/consumer/shared')
const NPM_CACHE = join(ROOT, 'node_modules/.cache/farol-consumer-npm')
const INSTALL_TIMEOUT_MS = 150_000
const NPM_INSTALL = ['--no-audit', '--no-fund', '--prefer-offline', '--cache', NPM_CACHE]

const TOOLS = { vite: '8.3.8', '@vitejs/plugin-react': '6.3.0', '@types/node': '20.19.0' }
const APPS = {
  'react-19': {
    react: '19.2.0',
    'react-dom': '19.2.0',
    '@tanstack/react-query': '5.108.0',
    i18next: '26.7.2',
    'react-i18next': '17.1.13',
    typescript: '6.0.3',
    '@types/react': '19.2.2',
    '@types/react-dom': '19.2.2',
  },
  'react-18': {
    react: '18.3.1',
    'react-dom': '18.3.1',
    '@tanstack/react-query': '5.59.20',
    i18next: '23.16.8',
    typescript: '5.9.3',
    '@types/react': '18.3.31',
    '@types/react-dom': '18.3.7',
  },
}
/**
 * Apps whose type check skips the libraries' own `.d.ts` (as Vite's react-ts template
 * does). None: farol's declarations name only types every @tanstack/react-query 5.x
 * exports, so both apps check them (`skipLibCheck: false`).
 */
const SKIP_LIB_CHECK = new Set()

const started = Date.now()

function exportTargets(pkg) {
  const targets = []
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value.replace(/^\.\//, ''))
    else if (value && typeof value === 'object') Object.values(value).forEach(walk)
  }
  walk(pkg.exports)
  return targets
}

/** `npm pack` into `dir`; checks what is in the tarball. */
async function pack(dir) {
  const output = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT })
  const [info] = JSON.parse(output.slice(output.indexOf('[')))
  const files = new Set(info.files.map((file) => file.path))
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  const missing = exportTargets(pkg).filter((target) => !files.has(target))
  if (missing.length > 0) throw new StepError(`exports point at files not packed: ${missing}`)
  const unwanted = [...files].filter((path) =>
    /(^|\/)(test|tests|__tests__|stories|\.storybook)\/|\.(test|spec|stories)\.|\.test-d\./.test(
      path,
    ),
  )
  if (unwanted.length > 0) throw new StepError(`tests or stories in the tarball: ${unwanted}`)
  log(`  ${info.filename}: ${info.entryCount} files, ${(info.size / 1000).toFixed(0)} kB packed`)
  return join(dir, info.filename)
}

async function checkRegistry() {
  try {
    await run('npm', ['ping', '--fetch-retries=0', '--fetch-timeout=15000', '--cache', NPM_CACHE], {
      timeoutMs: 30_000,
    })
  } catch (error) {
    throw new StepError(
      [
        'the npm registry is unreachable, and the consumer test installs from it.',
        'Check the network or the npm registry configuration (`npm config get registry`).',
        error instanceof Error ? error.message : String(error),
      ].join('\n'),
    )
  }
}

/** A fresh app from the template, with farol's tarball and pinned registry versions. */
async function createApp(dir, name, tarball) {
  const app = join(dir, name)
  cpSync(TEMPLATE, app, { recursive: true })
  cpSync(SHARED, join(app, 'src'), { recursive: true })
  for (const file of walk(app)) if (file.endsWith('.tpl')) renameSync(file, file.slice(0, -4))
  const {
    typescript,
    '@types/react': typesReact,
    '@types/react-dom': typesDom,
    ...runtime
  } = APPS[name]
  const manifest = {
    name: `farol-consumer-${name}`,
    private: true,
    type: 'module',
    dependencies: { farol: `file:${relative(app, tarball)}`, ...runtime },
    devDependencies: {
      ...TOOLS,
      typescript,
      '@types/react': typesReact,
      '@types/react-dom': typesDom,
    },
  }
  writeFileSync(join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  if (SKIP_LIB_CHECK.has(name)) {
    const tsconfig = JSON.parse(readFileSync(join(app, 'tsconfig.json'), 'utf8'))
    tsconfig.compilerOptions.skipLibCheck = true
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2))
  }
  await run('npm', ['install', ...NPM_INSTALL], { cwd: app, timeoutMs: INSTALL_TIMEOUT_MS })
  return app
}

/** Every source map in the installed package points at sources it ships (or embeds). */
function checkSourceMaps(app) {
  const farol = join(app, 'node_modules/farol')
  const maps = walk(farol).filter((file) => file.endsWith('.map'))
  const broken = []
  for (const file of maps) {
    const map = JSON.parse(readFileSync(file, 'utf8'))
    map.sources.forEach((source, index) => {
      const embedded = typeof map.sourcesContent?.[index] === 'string'
      const path = resolve(dirname(file), map.sourceRoot ?? '', source)
      if (!embedded && !existsSync(path)) broken.push(`${relative(farol, file)} → ${source}`)
    })
  }
  if (broken.length > 0) throw new StepError(`source maps point at missing files:\n${broken}`)
  return maps.length
}

/** The built app must keep en and es out of its entry chunk (they load on demand, by area). */
function checkChunks(app) {
  const assets = join(app, 'dist/assets')
  const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'))
  const html = readFileSync(join(app, 'dist/index.html'), 'utf8')
  const entry = scripts.find((file) => html.includes(file))
  if (!entry) throw new StepError(`no entry chunk in ${assets}`)
  const entryCode = readFileSync(join(assets, entry), 'utf8')
  for (const english of ["We couldn't sign in to your account", 'No pudimos entrar en tu cuenta']) {
    if (entryCode.includes(english)) {
      throw new StepError(`the entry chunk holds "${english}": en/es are not split off`)
    }
  }
  // One chunk per area: a host showing only a banner does not download the form's strings.
  const chunkOf = (text) =>
    scripts.find((file) => readFileSync(join(assets, file), 'utf8').includes(text))
  const areas = ["We couldn't sign in to your account", 'Sign in to your account again']
  const [statusChunk, credentialsChunk] = areas.map(chunkOf)
  if (!statusChunk || !credentialsChunk || statusChunk === credentialsChunk) {
    throw new StepError(`en status and credentials strings are not in chunks of their own`)
  }
  const kb = (file) => `${(statSync(join(assets, file)).size / 1000).toFixed(0)} kB`
  return `${scripts.length} chunks, entry ${kb(entry)} (minified, peers included)`
}

/** farol/testing/server, imported by node from the app's node_modules. */
function startSandbox(app) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['sandbox.mjs'], {
      cwd: app,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new StepError(`the sandbox server did not start:\n${output}`))
    }, 15_000)
    child.stderr.on('data', (chunk) => (output += chunk))
    child.stdout.on('data', (chunk) => {
      output += chunk
      const line = output.split('\n').find((text) => text.startsWith('{'))
      if (!line) return
      clearTimeout(timer)
      resolvePromise({ ...JSON.parse(line), stop: () => child.kill('SIGTERM') })
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new StepError(`the sandbox server exited (${code}):\n${output}`))
    })
  })
}

async function render(browser, url, label) {
  const page = await browser.newPage()
  const problems = watchProblems(page)
  try {
    await page.goto(url)
    const root = page.locator('.farol-ItemConnectionStatus[data-phase="login-error"]')
    await root.waitFor({ timeout: 15_000 })
    const headline = page.getByRole('heading', { name: 'Não conseguimos entrar na sua conta' })
    await headline.waitFor({ timeout: 5_000 })
    const password = await page.locator('input[type="password"]').count()
    if (password !== 1) problems.push(`expected the password field, found ${password}`)
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error))
  }
  await page.close()
  if (problems.length > 0) throw new StepError(`${label}:\n  ${problems.join('\n  ')}`)
}

/**
 * Every tone in every theme, read in Chromium from the Vite dev server (the reference),
 * then from production builds with the default target and with `chrome100`: lightningcss
 * lowers modern CSS for those, and the colours must survive it.
 */
async function checkTones(app, browser) {
  const port = await freePort()
  const dev = await start(
    'npx',
    ['vite', '--host', '127.0.0.1', '--port', `${port}`, '--strictPort'],
    {
      cwd: app,
      ready: (output) => /ready in/i.test(output),
    },
  )
  let reference
  try {
    const { colours } = await step('react-19: Chromium reads every tone (vite dev)', () =>
      readColours(browser, `http://127.0.0.1:${port}/?tones`),
    )
    checkColours(colours, 'vite dev')
    log(`  vite dev ${dangerSummary(colours)}`)
    reference = colours
  } finally {
    await dev.stop()
  }
  const builds = [
    { label: 'vite build (default target)', outDir: 'dist', args: [] },
    {
      label: 'vite build --target chrome100',
      outDir: 'dist-chrome100',
      args: ['--target', 'chrome100'],
    },
  ]
  for (const { label, outDir, args } of builds) {
    if (args.length > 0) {
      await step(`react-19: ${label}`, () =>
        run('npx', ['vite', 'build', '--outDir', outDir, ...args], { cwd: app }),
      )
    }
    const server = await serve(join(app, outDir))
    try {
      const url = `http://127.0.0.1:${server.address().port}/?tones`
      const { colours, problems } = await step(
        `react-19: Chromium reads every tone (${label})`,
        () => readColours(browser, url),
      )
      if (problems.length > 0) throw new StepError(`${label}:\n  ${problems.join('\n  ')}`)
      checkColours(colours, label)
      compareColours(reference, colours, label)
      log(`  ${label} ${dangerSummary(colours)}`)
    } finally {
      server.close()
    }
  }
  return reference
}

async function checkApp(dir, name, tarball, browser) {
  log(
    `${name}: ${Object.entries(APPS[name])
      .map(([pkg, v]) => `${pkg}@${v}`)
      .join(' ')}`,
  )
  const app = await step(`${name}: npm install`, () => createApp(dir, name, tarball))
  if (name === 'react-19') {
    const maps = await step(`${name}: source maps resolve`, () => checkSourceMaps(app))
    log(`  ${maps} source maps, every source shipped or embedded`)
  }
  const libs = SKIP_LIB_CHECK.has(name) ? 'skipLibCheck' : 'with the .d.ts'
  await step(`${name}: tsc (bundler, ${libs})`, () =>
    run('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: app }),
  )
  await step(`${name}: tsc (NodeNext)`, () =>
    run('npx', ['tsc', '-p', 'tsconfig.node.json'], { cwd: app }),
  )
  await step(`${name}: vite build`, () => run('npx', ['vite', 'build'], { cwd: app }))
  log(`  ${checkChunks(app)}`)
  const server = await serve(join(app, 'dist'))
  const origin = `http://127.0.0.1:${server.address().port}`
  try {
    await step(`${name}: Chromium renders the item`, () =>
      render(browser, `${origin}/`, `${name}, item`),
    )
    const sandbox = await startSandbox(app)
    try {
      const query = new URLSearchParams({ sandbox: sandbox.url, itemId: sandbox.itemId })
      await step(`${name}: Chromium renders the itemId from farol/testing/server`, () =>
        render(browser, `${origin}/?${query}`, `${name}, itemId`),
      )
    } finally {
      sandbox.stop()
    }
  } finally {
    server.close()
  }
  return name === 'react-19' ? checkTones(app, browser) : undefined
}

async function main() {
  if (!existsSync(join(ROOT, 'dist/index.js'))) {
    throw new StepError('no dist/: run `npm run build` first')
  }
  const executablePath = findChrome()
  if (!executablePath) throw new StepError('no Chromium found (see scripts/chrome.mjs)')
  mkdirSync(NPM_CACHE, { recursive: true })
  const dir = mkdtempSync(join(tmpdir(), 'farol-consumer-'))
  let browser
  try {
    await step('npm registry reachable', checkRegistry)
    const tarball = await step('npm pack', () => pack(dir))
    browser = await chromium.launch({ executablePath, args: CHROME_ARGS })
    const reference = await checkApp(dir, 'react-19', tarball, browser)
    await checkApp(dir, 'react-18', tarball, browser)
    await checkNextApp({ dir, tarball, browser, npmArgs: NPM_INSTALL, reference })
  } finally {
    await browser?.close()
    if (process.env.KEEP_CONSUMER_APPS) log(`kept ${dir}`)
    else rmSync(dir, { recursive: true, force: true })
  }
}

try {
  await main()
  log(`all consumer checks passed in ${seconds(started)}`)
} catch (error) {
  console.error(`consumer: ✖ ${error instanceof Error ? error.message : error}`)
  if (!(error instanceof StepError)) console.error(error)
  process.exit(1)
}
