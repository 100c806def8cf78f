// `npm run sandbox` (tsx src/testing/server/cli.ts): the sandbox API on http://127.0.0.1:4010.
import { parseArgs } from 'node:util'
import { createSandbox } from '../engine/create-sandbox'
import { SANDBOX_API_KEY } from '../engine/tokens'
import { SANDBOX_CREDENTIALS, SANDBOX_MFA_TOKEN } from '../connectors'
import { startSandboxServer } from './start-sandbox-server'

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'step-ms': { type: 'string' },
    scenario: { type: 'string' },
    seed: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
})

if (values.help) {
  console.log(`Usage: tsx src/testing/server/cli.ts [--port 4010] [--host 127.0.0.1]
       [--step-ms 400] [--scenario <name>] [--seed 1] [--quiet]
PORT in the environment also sets the port.`)
  process.exit(0)
}

function numberOption(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} must be a whole number ≥ 0, got ${raw}`)
    process.exit(2)
  }
  return value
}

const port = numberOption('port', values.port ?? process.env.PORT, 4010)
const sandbox = createSandbox({
  stepMs: numberOption('step-ms', values['step-ms'], 400),
  seed: numberOption('seed', values.seed, 1),
  scenario: values.scenario ?? null,
})
const server = await startSandboxServer({
  port,
  host: values.host ?? '127.0.0.1',
  sandbox,
  log: !values.quiet,
})

console.log(`farol sandbox listening on ${server.url}
  API key (no /auth needed): ${SANDBOX_API_KEY}   or POST /auth with any clientId/clientSecret
  Pluggy Bank (connector 0): ${SANDBOX_CREDENTIALS.user} / ${SANDBOX_CREDENTIALS.password}; MFA token ${SANDBOX_MFA_TOKEN}
  Scenarios: GET ${server.url}/__sandbox/scenarios   (${sandbox.scenarios.length} of them)
  Ctrl+C to stop`)

let stopping = false
async function stop(signal: string) {
  if (stopping) return
  stopping = true
  console.log(`\n${signal}: stopping the sandbox`)
  await server.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop('SIGINT'))
process.on('SIGTERM', () => void stop('SIGTERM'))
