// `npx tsx bench/server/server.bench.ts`: farol/server on loopback, real HTTP and a real
// redis-server (scripts/redis.mjs):
// - webhook → browser latency, p50/p99 over 1,000 events: one instance, and two instances
//   through Redis (webhook into A, the event stream on B);
// - concurrent event streams held by one node process, memory per stream, every event delivered;
// - proxy overhead: GET /items/{id} through farol/server against the same GET on the sandbox.
// Merges its figures into bench/results.json under server.{latency,streams,proxy}.
import { fork } from 'node:child_process'
import { request as httpRequest, Agent } from 'node:http'
import { performance } from 'node:perf_hooks'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startRedis } from '../../scripts/redis.mjs'
import {
  createFarolHandler,
  createMemoryBus,
  createRedisBus,
  toNodeHandler,
  type FarolBus,
} from '../../src/server'
import { SANDBOX_API_KEY } from '../../src/testing'
import { startSandboxServer } from '../../src/testing/server'
import { mergeResults, quantile } from './results'

const EVENTS = 1_000
const STREAMS = Number(process.env.BENCH_STREAMS ?? 1_000)
const STREAM_EVENTS = 10
const PROXY_REQUESTS = 1_000
const SECRET = 'bench-webhook-secret'

const pluggy = await startSandboxServer({ webhooks: false })

async function startInstance(bus: FarolBus) {
  const handler = createFarolHandler({
    clientId: 'bench',
    clientSecret: 'bench-client-secret',
    apiUrl: pluggy.url,
    webhookSecret: SECRET,
    bus,
    getUser: (request) => {
      const id = request.headers.get('x-user')
      return id ? { id } : null
    },
  })
  const server = createServer(toNodeHandler(handler))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/farol`
  return {
    base,
    async close() {
      handler.close()
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

/** An event stream read with node:http; `onEvent` gets each parsed `data:` line. */
function openStream(
  url: string,
  user: string,
  onEvent: (data: Record<string, unknown>) => void,
  agent?: Agent,
): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { 'x-user': user }, agent }, (res) => {
      let pending = ''
      res.setEncoding('utf8')
      res.on('data', (text: string) => {
        pending += text
        let end: number
        while ((end = pending.indexOf('\n\n')) >= 0) {
          const block = pending.slice(0, end)
          pending = pending.slice(end + 2)
          for (const line of block.split('\n')) {
            if (line.startsWith('data:'))
              onEvent(JSON.parse(line.slice(5)) as Record<string, unknown>)
          }
        }
      })
      res.once('data', () => resolve(() => req.destroy()))
    })
    req.on('error', reject)
    req.end()
  })
}

const keepAlive = new Agent({ keepAlive: true, maxSockets: 8 })
async function post(url: string, body: unknown): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-farol-webhook-secret': SECRET },
    body: JSON.stringify(body),
  })
  await response.arrayBuffer()
  return response.status
}

/** Webhook POSTed to `into`, time until the stream on `from` has it; one at a time. */
async function latency(into: string, from: string, label: string) {
  const arrivals = new Map<string, (at: number) => void>()
  const close = await openStream(`${from}/events`, 'ana', (data) => {
    arrivals.get(String(data.eventId))?.(performance.now())
  })
  const samples: number[] = []
  for (let i = 0; i < EVENTS + 50; i++) {
    const eventId = `${label}-${i}`
    const arrived = new Promise<number>((resolve) => arrivals.set(eventId, resolve))
    const started = performance.now()
    const status = await post(`${into}/webhooks`, {
      eventId,
      event: 'item/updated',
      itemId: 'item-1',
      clientUserId: 'ana',
    })
    if (status !== 200) throw new Error(`webhook answered ${status}`)
    const at = await arrived
    arrivals.delete(eventId)
    if (i >= 50) samples.push(at - started) // the first 50 warm up
  }
  close()
  return { events: samples.length, p50Ms: quantile(samples, 0.5), p99Ms: quantile(samples, 0.99) }
}

// --- latency ---------------------------------------------------------------------------
const one = await startInstance(createMemoryBus())
const oneInstance = await latency(one.base, one.base, 'one')
await one.close()

const redis = await startRedis()
const busA = createRedisBus({ url: redis.url })
const busB = createRedisBus({ url: redis.url })
await Promise.all([busA.ready(), busB.ready()])
const [a, b] = await Promise.all([startInstance(busA), startInstance(busB)])
const twoInstances = await latency(a.base, b.base, 'two')
await Promise.all([a.close(), b.close()])
await Promise.all([busA.close(), busB.close()])
await redis.stop()
console.table({ 'one instance (memory bus)': oneInstance, 'two instances (Redis)': twoInstances })

// --- concurrent streams ------------------------------------------------------------------
type HostMessage = {
  type: string
  port?: number
  rss?: number
  heapUsed?: number
  streams?: number
}
const host = fork(new URL('./sse-host.ts', import.meta.url), [], {
  execArgv: ['--import', 'tsx', '--expose-gc'],
})
const fromHost = (type: string) =>
  new Promise<HostMessage>((resolve) => {
    const on = (message: HostMessage) => {
      if (message.type !== type) return
      host.off('message', on)
      resolve(message)
    }
    host.on('message', on)
  })
const ready = await fromHost('ready')
const hostBase = `http://127.0.0.1:${ready.port}/api/farol`
const measure = async () => {
  host.send({ type: 'memory' })
  return fromHost('memory')
}
const before = await measure()
const streamAgent = new Agent({ keepAlive: false, maxSockets: Infinity })
const received = Array.from({ length: STREAMS }, () => 0)
const closers: Array<() => void> = []
// Opened in batches of 100: a burst of 1,000 SYNs overflows the listen backlog.
for (let i = 0; i < STREAMS; i += 100) {
  const batch = Array.from({ length: Math.min(100, STREAMS - i) }, (_, j) =>
    openStream(
      `${hostBase}/events`,
      `user-${(i + j) % 100}`,
      () => (received[i + j] = (received[i + j] ?? 0) + 1),
      streamAgent,
    ),
  )
  closers.push(...(await Promise.all(batch)))
}
const held = await measure()
const started = performance.now()
for (let e = 0; e < STREAM_EVENTS; e++) {
  for (let u = 0; u < 100; u++) {
    await post(`${hostBase}/webhooks`, {
      eventId: `cap-${e}-${u}`,
      event: 'item/updated',
      itemId: `item-of-user-${u}`,
      clientUserId: `user-${u}`,
    })
  }
}
const expected = STREAM_EVENTS
const deadline = performance.now() + 30_000
while (received.some((n) => n < expected) && performance.now() < deadline) {
  await new Promise((resolve) => setTimeout(resolve, 20))
}
const deliveredAllMs = Math.round(performance.now() - started)
const streams = {
  streams: held.streams,
  users: 100,
  eventsPerStream: expected,
  streamsWithEveryEvent: received.filter((n) => n === expected).length,
  extraOrMissing: received.filter((n) => n !== expected).length,
  webhooksPosted: STREAM_EVENTS * 100,
  allDeliveredAfterMs: deliveredAllMs,
  rssPerStreamKB: Math.round(((held.rss ?? 0) - (before.rss ?? 0)) / STREAMS / 102.4) / 10,
  heapPerStreamKB:
    Math.round(((held.heapUsed ?? 0) - (before.heapUsed ?? 0)) / STREAMS / 102.4) / 10,
  hostRssMB: Math.round((held.rss ?? 0) / 1024 / 1024),
}
for (const close of closers) close()
host.send({ type: 'stop' })
console.table({ streams })

// --- proxy overhead ------------------------------------------------------------------------
const proxy = await startInstance(createMemoryBus())
const item = pluggy.sandbox.createItem('success', { clientUserId: 'ana', stepMs: 0 })
async function timeGets(url: string, headers: Record<string, string>) {
  const samples: number[] = []
  for (let i = 0; i < PROXY_REQUESTS + 50; i++) {
    const t0 = performance.now()
    const response = await fetch(url, { headers })
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`${url}: ${response.status}`)
    if (i >= 50) samples.push(performance.now() - t0)
  }
  return samples
}
const direct = await timeGets(`${pluggy.url}/items/${item.id}`, { 'x-api-key': SANDBOX_API_KEY })
const proxied = await timeGets(`${proxy.base}/items/${item.id}`, { 'x-user': 'ana' })
await proxy.close()
const proxyFigures = {
  requests: PROXY_REQUESTS,
  directP50Ms: quantile(direct, 0.5),
  directP99Ms: quantile(direct, 0.99),
  proxiedP50Ms: quantile(proxied, 0.5),
  proxiedP99Ms: quantile(proxied, 0.99),
  overheadP50Ms: Math.round((quantile(proxied, 0.5) - quantile(direct, 0.5)) * 100) / 100,
  overheadP99Ms: Math.round((quantile(proxied, 0.99) - quantile(direct, 0.99)) * 100) / 100,
}
console.table({ proxy: proxyFigures })
await pluggy.close()
keepAlive.destroy()
streamAgent.destroy()

mergeResults('latency', {
  method: `webhook POSTed, then the same event read from an open event stream; ${EVENTS} events, one at a time, after 50 warm-up`,
  oneInstance,
  twoInstancesRedis: twoInstances,
})
mergeResults('streams', streams)
mergeResults('proxy', {
  method:
    'GET /items/{id}, one at a time, fetch on loopback: sandbox direct (API key) vs through farol/server (ownership check included)',
  ...proxyFigures,
})
mergeResults('machine', {
  node: process.version,
  cpus: (await import('node:os')).cpus().length,
  note: 'loopback; 2 cores shared with other builds while measuring',
})
process.exit(0)
