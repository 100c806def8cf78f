// Runs a command with CHROME_PATH pointing at a Chromium (installing one if needed).
import { spawnSync } from 'node:child_process'
import { ensureChrome } from './chrome.mjs'

let chrome
try {
  chrome = ensureChrome()
} catch (error) {
  console.error(error.message)
  process.exit(1)
}
const [command, ...args] = process.argv.slice(2)
const result = spawnSync(command, args, {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, CHROME_PATH: chrome, PATH: `node_modules/.bin:${process.env.PATH}` },
})
process.exit(result.status ?? 1)
