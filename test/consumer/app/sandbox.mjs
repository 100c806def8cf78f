// Runs in the consumer app with node: farol/testing/server from the installed package,
// one item that settles at LOGIN_ERROR / INVALID_CREDENTIALS. Prints where, then serves
// until it is told to stop.
import { startSandboxServer } from 'farol/testing/server'

const server = await startSandboxServer({ port: 0, sandboxOptions: { stepMs: 0 } })
const item = server.sandbox.createItem('invalid-credentials')
process.stdout.write(`${JSON.stringify({ url: server.url, itemId: item.id })}\n`)
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)))
