// A child process for the SSE capacity bench: the sandbox as Pluggy and a farol/server
// backend on loopback. Reports its memory over IPC, so the clients (in the parent) do not
// count. Run by server.bench.ts with `--expose-gc`.
import { createServer } from 'node:http'
import { createFarolHandler, toNodeHandler } from '../../src/server'
import { startSandboxServer } from '../../src/testing/server'

const pluggy = await startSandboxServer({ webhooks: false })
const handler = createFarolHandler({
  clientId: 'bench',
  clientSecret: 'bench-secret',
  apiUrl: pluggy.url,
  webhookSecret: 'bench-webhook-secret',
  getUser: (request) => ({ id: request.headers.get('x-user') ?? 'nobody' }),
})
const server = createServer(toNodeHandler(handler))
server.maxConnections = 20_000
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const address = server.address()
const port = typeof address === 'object' && address ? address.port : 0

function memory() {
  ;(globalThis as { gc?: () => void }).gc?.()
  const { rss, heapUsed } = process.memoryUsage()
  return { rss, heapUsed, streams: handler.openStreams }
}

process.on('message', (message: { type: string }) => {
  if (message.type === 'memory') process.send?.({ type: 'memory', ...memory() })
  if (message.type === 'stop') {
    handler.close()
    server.closeAllConnections()
    server.close()
    void pluggy.close().then(() => process.exit(0))
  }
})
process.send?.({ type: 'ready', port })
