// Finds a Chromium for the browser tests, and installs Debian's when there is
// none and we are allowed to (root on Debian). Playwright cannot download its
// own browser on machines without general internet access.
import { existsSync } from 'node:fs'
import { execFileSync } from 'node:child_process'

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

/** Flags that keep Chromium quiet on a machine with no internet beyond registries. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined
  return CANDIDATES.find((path) => existsSync(path))
}

function canInstallDebianPackage() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  return isRoot && existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version')
}

export function ensureChrome() {
  const found = findChrome()
  if (found) return found
  if (process.env.CHROME_PATH) {
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`)
  }
  if (canInstallDebianPackage()) {
    console.log('farol: no Chromium found; installing Debian package "chromium" (apt-get)…')
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
    const installed = findChrome()
    if (installed) return installed
  }
  throw new Error(
    [
      'farol: the browser tests need Chromium or Chrome, and none was found.',
      'Install one and run again, or point CHROME_PATH at it:',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  Fedora:         sudo dnf install -y chromium',
      '  macOS:          brew install --cask chromium   (or install Google Chrome)',
      '  any:            CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  )
}
