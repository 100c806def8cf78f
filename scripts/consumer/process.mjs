// What every consumer check shares: running a command, timing a step, serving a folder.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join } from 'node:path'

export const ROOT = join(import.meta.dirname, '../..')
export const log = (message) => console.log(`consumer: ${message}`)
export const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)}s`

/** A failure whose message says it all (no stack trace needed). */
export class StepError extends Error {}

/** Runs a command; on failure, its output goes into the error. */
export function run(command, args, { cwd, timeoutMs = 120_000, env } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolvePromise(output)
      else {
        const why = signal ? `killed (${signal}) after ${timeoutMs / 1000}s` : `exit ${code}`
        reject(new StepError(`${command} ${args.join(' ')} (in ${cwd ?? ROOT}): ${why}\n${output}`))
      }
    })
  })
}

/**
 * Starts a long-running command and resolves once `ready(output)` is true; `stop()` ends it.
 */
export function start(command, args, { cwd, env, ready, timeoutMs = 60_000 }) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    let output = ''
    let done = false
    const stop = () =>
      new Promise((stopped) => {
        if (child.exitCode !== null) return stopped()
        child.once('exit', () => stopped())
        try {
          process.kill(-child.pid, 'SIGTERM')
        } catch {
          stopped()
        }
      })
    const timer = setTimeout(() => {
      done = true
      void stop()
      reject(new StepError(`${command} ${args.join(' ')} did not start:\n${output}`))
    }, timeoutMs)
    const onData = (chunk) => {
      output += chunk
      if (!done && ready(output)) {
        done = true
        clearTimeout(timer)
        resolvePromise({ stop, output: () => output })
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (!done) reject(new StepError(`${command} ${args.join(' ')} exited (${code}):\n${output}`))
    })
  })
}

export async function step(name, work) {
  const since = Date.now()
  const result = await work()
  log(`✔ ${name} (${seconds(since)})`)
  return result
}

export function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? walk(path) : [path]
  })
}

/** A free loopback port (asked of the OS, then released). */
export function freePort() {
  return new Promise((resolvePromise) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolvePromise(port))
    })
  })
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }

/** A plain static file server for a built app. */
export function serve(root) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const file = join(root, path === '/' ? 'index.html' : path)
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end()
      return
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream'
    res.writeHead(200, { 'content-type': type }).end(readFileSync(file))
  })
  return new Promise((resolvePromise) =>
    server.listen(0, '127.0.0.1', () => resolvePromise(server)),
  )
}
