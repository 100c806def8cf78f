// `npm test`: every check a change must pass, in the order that fails fastest.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { ensureChrome } from './chrome.mjs'
import { ensureRedis } from './redis.mjs'

let chrome
try {
  chrome = ensureChrome()
  ensureRedis()
} catch (error) {
  console.error(error.message)
  process.exit(1)
}
const env = {
  ...process.env,
  CHROME_PATH: chrome,
  PATH: `node_modules/.bin:${process.env.PATH}`,
  STORYBOOK_DISABLE_TELEMETRY: '1',
}

const VITEST_JSON = 'test-results/vitest.json'
rmSync(VITEST_JSON, { force: true })

/** "N passed, N failed" on a line of its own, from Vitest's JSON report. */
function testCountLine() {
  if (!existsSync(VITEST_JSON)) return undefined
  const report = JSON.parse(readFileSync(VITEST_JSON, 'utf8'))
  return `tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed`
}

const steps = [
  ['type check', 'tsc', ['--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'eslint', ['.']],
  ['format', 'prettier', ['--check', '.']],
  [
    'tests (jsdom, node, Chromium)',
    'vitest',
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`],
  ],
  ['build', 'npm', ['run', 'build']],
  ["built modules: 'use client' where React is", 'node', ['scripts/check-directives.mjs']],
  ['package (publint --strict, attw esm-only)', 'npm', ['run', '--silent', 'check:package']],
  ['size budgets (size-limit, brotli)', 'size-limit', []],
  [
    'consumer apps from the tarball (Vite dev and production builds, React 18, Next.js)',
    'node',
    ['scripts/consumer-test.mjs'],
  ],
]

const allStarted = Date.now()
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`)
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (result.status !== 0) {
    console.error(`✖ ${name} failed after ${seconds}s`)
    const counts = testCountLine()
    if (counts) console.error(counts)
    process.exit(result.status ?? 1)
  }
  console.log(`✔ ${name} (${seconds}s)`)
}
console.log(`\n✔ npm test passed in ${((Date.now() - allStarted) / 1000).toFixed(1)}s`)
const counts = testCountLine()
if (counts) console.log(counts)
