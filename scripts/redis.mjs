// Finds a redis-server for the tests of farol/server's Redis bus, and installs Debian's
// when there is none and we are allowed to (root on Debian), as chrome.mjs does for
// Chromium. `startRedis()` runs one on a free loopback port, without persistence.
import { existsSync } from 'node:fs'
import { execFileSync, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { delimiter, join } from 'node:path'

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name)
  }
  return undefined
}

export function findRedis() {
  const fromEnv = process.env.REDIS_SERVER
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined
  return ['/usr/bin/redis-server', '/usr/local/bin/redis-server', '/opt/homebrew/bin/redis-server']
    .concat(onPath('redis-server') ?? [])
    .find((path) => existsSync(path))
}

function canInstallDebianPackage() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  return isRoot && existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version')
}

export function ensureRedis() {
  const found = findRedis()
  if (found) return found
  if (process.env.REDIS_SERVER) {
    throw new Error(`REDIS_SERVER is set to ${process.env.REDIS_SERVER}, but no file is there.`)
  }
  if (canInstallDebianPackage()) {
    console.log('farol: no redis-server found; installing Debian package "redis-server" (apt-get)…')
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
    execFileSync('apt-get', ['install', '-y', '-qq', 'redis-server'], { stdio: 'inherit', env })
    const installed = findRedis()
    if (installed) return installed
  }
  throw new Error(
    [
      "farol: the tests of farol/server's Redis bus need redis-server (Redis 6 or later), and none was found.",
      'Install one and run again, or point REDIS_SERVER at it:',
      '  Debian/Ubuntu:  sudo apt-get install -y redis-server',
      '  Fedora:         sudo dnf install -y redis',
      '  macOS:          brew install redis',
      '  any:            REDIS_SERVER=/path/to/redis-server npm test',
    ].join('\n'),
  )
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * Starts a redis-server on a free loopback port: no RDB snapshots, no AOF, nothing on
 * disk. Resolves with `{ url, port, stop() }` once it accepts connections.
 */
export async function startRedis() {
  const binary = ensureRedis()
  const port = await freePort()
  const child = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`redis-server did not start within 10 s:\n${output}`))
    }, 10_000)
    child.stdout.on('data', (chunk) => {
      output += chunk
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`))
    })
  })
  child.stdout.resume()
  child.stderr.resume()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      })
    },
  }
}
