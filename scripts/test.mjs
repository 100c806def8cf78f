// `npm test`: every check a change must pass, in the order that fails fastest.
import { spawnSync } from 'node:child_process'
import { ensureChrome } from './chrome.mjs'

let chrome
try {
  chrome = ensureChrome()
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

const steps = [
  ['type check', 'tsc', ['--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'eslint', ['.']],
  ['format', 'prettier', ['--check', '.']],
  ['tests (jsdom, node, Chromium)', 'vitest', ['run']],
  ['build', 'npm', ['run', 'build']],
  ['package (publint --strict, attw esm-only)', 'npm', ['run', '--silent', 'check:package']],
  ['size budgets (size-limit, brotli)', 'size-limit', []],
  ['consumer apps (React 19 and 18, from the tarball)', 'node', ['scripts/consumer-test.mjs']],
]

const allStarted = Date.now()
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`)
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (result.status !== 0) {
    console.error(`✖ ${name} failed after ${seconds}s`)
    process.exit(result.status ?? 1)
  }
  console.log(`✔ ${name} (${seconds}s)`)
}
console.log(`\n✔ npm test passed in ${((Date.now() - allStarted) / 1000).toFixed(1)}s`)
