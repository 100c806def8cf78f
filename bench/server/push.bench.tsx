// `npx tsx bench/server/push.bench.tsx`: GET /items/{id} per item lifecycle, farol with
// push (the sandbox's webhooks relayed as events, as farol/server's SSE does) against
// farol polling alone, on simulated time. Goal: the item's state changes + 1.
// Merges its figures into bench/results.json under server.requestsPerLifecycle.
import type { FarolEvents, FarolItemEvent } from '../../src/react'
import type { Item } from '../../src/core'
import { installDom } from '../dom'
import { VirtualTime } from '../virtual-time'
import { mergeResults } from './results'

installDom()
const START = Date.parse('2026-07-20T10:00:00.000Z')
const time = new VirtualTime(START)
Date.now = () => time.now

// Imported after the DOM exists: React Query decides "server or browser" when it loads.
const React = await import('react')
const { createRoot } = await import('react-dom/client')
const rq = await import('@tanstack/react-query')
const farol = await import('../../src/react')
const { createPluggyClient } = await import('../../src/client')
const kit = await import('../../src/testing')
const { serializeBody } = await import('../../src/testing/server')

const { act } = React
const { notifyManager, QueryClient, timeoutManager } = rq
notifyManager.setScheduler(queueMicrotask)
timeoutManager.setTimeoutProvider({
  setTimeout: time.setTimeout,
  clearTimeout: time.clear,
  setInterval: time.setInterval,
  clearInterval: time.clear,
})

const sandbox = kit.createSandbox({ clock: { now: () => time.now } })
let gets = 0
const sandboxFetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
  const url = new URL(String(input))
  const method = init.method ?? 'GET'
  if (method === 'GET' && /^\/items\/[^/]+$/.test(url.pathname)) gets += 1
  const answer = sandbox.handle({
    method,
    path: url.pathname,
    headers: init.headers as Record<string, string>,
    rawBody: typeof init.body === 'string' ? init.body : '',
  })
  return new Response(serializeBody(answer), { status: answer.status, headers: answer.headers })
}) as typeof fetch
const client = createPluggyClient({
  baseUrl: 'https://api.pluggy.ai',
  apiKey: kit.SANDBOX_API_KEY,
  fetch: sandboxFetch,
})

async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) await new Promise((resolve) => setImmediate(resolve))
}
const advance = (ms: number) => act(() => time.advance(ms, settle))

const STEP_MS = 5_000
const WINDOW_MS = 10 * 60_000
/** How often the simulated relay looks for webhooks (the real dispatcher: 25 ms). */
const RELAY_TICK_MS = 100

interface Scenario {
  name: string
  connectorId?: number
  event?: { at: number; run: (id: string) => unknown }
}
const SCENARIOS: Scenario[] = [
  { name: 'success' },
  { name: 'partial-success' },
  { name: 'invalid-credentials' },
  { name: 'site-not-available' },
  {
    name: 'mfa-number',
    event: {
      at: 60_000,
      run: (id) => client.submitMfa(id, { token: kit.SANDBOX_MFA_TOKEN }),
    },
  },
  {
    name: 'device-authorization',
    connectorId: 102,
    event: { at: 60_000, run: (id) => sandbox.approveDevice(id) },
  },
  { name: 'user-action-qr', event: { at: 60_000, run: (id) => sandbox.completeUserAction(id) } },
]

/** A push source fed by the sandbox's webhook deliveries: healthy, like an open SSE stream. */
function relay() {
  const listeners = new Map<string, Set<(event: FarolItemEvent) => void>>()
  const events: FarolEvents = {
    subscribe(itemId, onEvent) {
      const set = listeners.get(itemId) ?? new Set()
      listeners.set(itemId, set)
      set.add(onEvent)
      return () => set.delete(onEvent)
    },
    isHealthy: () => true,
  }
  const delivered: string[] = []
  const timer = time.setInterval(() => {
    for (const { payload } of sandbox.takeWebhookDeliveries()) {
      delivered.push(payload.event)
      for (const onEvent of listeners.get(payload.itemId) ?? []) {
        onEvent({ event: payload.event, itemId: payload.itemId })
      }
    }
  }, RELAY_TICK_MS)
  return { events, delivered, stop: () => time.clear(timer) }
}

function Status({ id }: { id: string }) {
  const { item } = farol.useItem(id)
  return <p>{item?.status ?? '…'}</p>
}

async function lifecycle(scenario: Scenario, push: boolean) {
  sandbox.reset()
  time.reset(START)
  gets = 0
  sandbox.handle({
    method: 'POST',
    path: '/webhooks',
    headers: { 'x-api-key': kit.SANDBOX_API_KEY },
    body: { event: 'all', url: 'https://host.invalid/api/farol/webhooks' },
  })
  const source = relay()
  const item = sandbox.createItem(scenario.name, {
    stepMs: STEP_MS,
    ...(scenario.connectorId === undefined ? {} : { connectorId: scenario.connectorId }),
  })
  const root = createRoot(document.createElement('div'))
  const queryClient = new QueryClient()
  await act(async () => {
    root.render(
      <farol.FarolProvider
        client={client}
        queryClient={queryClient}
        {...(push ? { events: source.events } : {})}
      >
        <Status id={item.id} />
      </farol.FarolProvider>,
    )
    await settle()
  })
  const event = scenario.event
  if (event) {
    await advance(event.at)
    await act(async () => {
      await event.run(item.id)
      await settle()
    })
    await advance(WINDOW_MS - event.at)
  } else {
    await advance(WINDOW_MS)
  }
  const seen = queryClient.getQueryData<Item>(farol.farolKeys.item(item.id))?.status
  const actual = sandbox.getItem(item.id)?.status
  source.stop()
  await act(async () => root.unmount())
  queryClient.clear()
  // Every webhook but item/created is a state change the page must learn about.
  const stateChanges = source.delivered.filter((e) => e !== 'item/created').length
  return { gets, stateChanges, events: source.delivered, sawFinal: seen === actual, actual }
}

const rows: Array<Record<string, unknown>> = []
for (const scenario of SCENARIOS) {
  const polling = await lifecycle(scenario, false)
  const push = await lifecycle(scenario, true)
  rows.push({
    scenario: scenario.name,
    stateChanges: push.stateChanges,
    goal: push.stateChanges + 1,
    push: push.gets,
    pollingOnly: polling.gets,
    final: String(push.actual),
    pushSawFinal: push.sawFinal,
    pollingSawFinal: polling.sawFinal,
    webhooks: push.events.join(' → '),
  })
}
console.table(rows.map(({ webhooks: _w, ...row }) => row))
mergeResults('requestsPerLifecycle', {
  settings: {
    simulatedWindowMs: WINDOW_MS,
    stepMs: STEP_MS,
    relayTickMs: RELAY_TICK_MS,
    userEventsAt: 'MFA answered, device approved, user action completed 60 s after creation',
    counted: 'GET /items/{id} by one page showing the item (farol useItem)',
  },
  rows,
})
