// `npm run demo` (tsx examples/minhas-contas/serve.ts): the sandbox API and the demo
// page, both on loopback. Ctrl+C stops both.
import { parseArgs } from 'node:util'
import { SANDBOX_CREDENTIALS, SANDBOX_MFA_TOKEN } from '../../src/testing'
import { DEMO_PROFILES, type DemoProfile } from './demo-connections'
import { startDemo, type Demo } from './start-demo'

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'sandbox-port': { type: 'string' },
    'step-ms': { type: 'string' },
    profile: { type: 'string', default: 'tour' },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
})

if (values.help) {
  console.log(`Usage: npm run demo -- [--port 5173] [--sandbox-port 4010] [--step-ms 400] [--profile tour] [--verbose]
  --port          the page (default 5173, or the next free one; 0: any free port)
  --sandbox-port  the sandbox API (default 4010; 0: any free port)
  --step-ms       length of each sync step (default 400)
  --profile       tour: one connection per state (default); one-mfa: all up to date but one MFA
  --verbose       one line per sandbox request`)
  process.exit(0)
}

function port(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0 || value > 65_535) {
    console.error(`--${name} must be a port number, got ${raw}`)
    process.exit(2)
  }
  return value
}

const profile = values.profile as DemoProfile
if (!Object.hasOwn(DEMO_PROFILES, profile)) {
  console.error(`--profile must be one of ${Object.keys(DEMO_PROFILES).join(', ')}, got ${profile}`)
  process.exit(2)
}

const sandboxPort = port('sandbox-port', values['sandbox-port'], 4010)
let demo: Demo
try {
  demo = await startDemo({
    sandboxPort,
    port: port('port', values.port, 5173),
    // A busy 5173 is fine (Vite takes the next port); the sandbox's port is printed anyway.
    strictPort: false,
    stepMs: values['step-ms'] === undefined ? undefined : port('step-ms', values['step-ms'], 400),
    logRequests: values.verbose,
    profile,
  })
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code
  console.error(
    code === 'EADDRINUSE'
      ? `Port ${sandboxPort} is taken (another \`npm run sandbox\` or demo?). Try --sandbox-port 0.`
      : error,
  )
  process.exit(1)
}

console.log(`
  Minhas contas (farol demo)  ${demo.url}
  Its backend (farol/server)  ${new URL(demo.backend.handler.basePath, demo.url)}
  Sandbox API (Pluggy-like)   ${demo.sandbox.url}

  In the page: "Conta digital" asks for new credentials (${SANDBOX_CREDENTIALS.user} / ${SANDBOX_CREDENTIALS.password}),
  then an MFA code (${SANDBOX_MFA_TOKEN}). Approve the "Conta salário" device with
    curl -X POST ${demo.sandbox.url}/__sandbox/approve-device/${demo.config.connections.find((c) => c.key === 'salary')?.itemId}
  "Reiniciar a demonstração" at the bottom of the page starts over. Ctrl+C to stop.
`)

let stopping = false
async function stop(signal: string) {
  if (stopping) return
  stopping = true
  console.log(`\n${signal}: stopping the demo and the sandbox`)
  await demo.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop('SIGINT'))
process.on('SIGTERM', () => void stop('SIGTERM'))
