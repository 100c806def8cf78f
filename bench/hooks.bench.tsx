// `npx tsx bench/hooks.bench.tsx`: requests per scenario lifecycle (farol vs a naive poller)
// and list re-renders, on simulated time. Writes bench/results.json and prints tables.
import { readFileSync, writeFileSync } from 'node:fs'
import type { PluggyClient } from '../src/client'
import type { Item } from '../src/core'
import { installDom } from './dom'
import { VirtualTime } from './virtual-time'

installDom()
const START = Date.parse('2026-07-20T10:00:00.000Z')
const time = new VirtualTime(START)
Date.now = () => time.now

// Imported after the DOM exists: React Query decides "server or browser" when it loads.
const React = await import('react')
const { createRoot } = await import('react-dom/client')
const rq = await import('@tanstack/react-query')
const farol = await import('../src/react')
const { createPluggyClient } = await import('../src/client')
const sandboxKit = {
  ...(await import('../src/testing')),
  ...(await import('../src/testing/server')),
}

const { act, useEffect, useState } = React
const { notifyManager, QueryClient, timeoutManager, useQuery } = rq
type QueryClientType = InstanceType<typeof QueryClient>

// Notifications in microtasks, so `settle` sees every render a request caused.
notifyManager.setScheduler(queueMicrotask)
timeoutManager.setTimeoutProvider({
  setTimeout: time.setTimeout,
  clearTimeout: time.clear,
  setInterval: time.setInterval,
  clearInterval: time.clear,
})

const sandbox = sandboxKit.createSandbox({ clock: { now: () => time.now } })
/** GET /items/{id} answered, by item id (the sandbox's own log keeps only the last 1000). */
let gets = new Map<string, number>()
const BASE_URL = 'https://api.pluggy.ai'

const sandboxFetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
  const url = new URL(String(input))
  const method = init.method ?? 'GET'
  const path = url.pathname
  const match = /^\/items\/([^/]+)$/.exec(path)
  if (method === 'GET' && match?.[1]) gets.set(match[1], (gets.get(match[1]) ?? 0) + 1)
  const answer = sandbox.handle({
    method,
    path,
    headers: init.headers as Record<string, string>,
    rawBody: typeof init.body === 'string' ? init.body : '',
  })
  return new Response(sandboxKit.serializeBody(answer), {
    status: answer.status,
    headers: answer.headers,
  })
}) as typeof fetch

const client = createPluggyClient({
  baseUrl: BASE_URL,
  apiKey: sandboxKit.SANDBOX_API_KEY,
  fetch: sandboxFetch,
})

/** Lets fetches, React Query's notifications and React's renders finish (real ticks, no time). */
async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) await new Promise((resolve) => setImmediate(resolve))
}

async function advance(ms: number): Promise<void> {
  await act(() => time.advance(ms, settle))
}

// --- Requests per scenario lifecycle -------------------------------------------------------

const STEP_MS = 5_000
const WINDOW_MS = 10 * 60_000
const NAIVE_INTERVAL_MS = 2_000
/** Pluggy's own recipe: poll while the item is not finished. */
const FINISHED = new Set(['UPDATED', 'LOGIN_ERROR', 'OUTDATED'])

interface Driver {
  submitMfa(values: Record<string, string>): Promise<unknown>
}

interface Scenario {
  name: string
  /** What the user (or the bank) does, and when. */
  event?: { at: number; run: (id: string, driver: Driver) => unknown }
}

const SCENARIOS: Scenario[] = [
  { name: 'success' },
  { name: 'partial-success' },
  { name: 'invalid-credentials' },
  { name: 'site-not-available' },
  { name: 'unknown-values' },
  {
    name: 'mfa-number',
    event: {
      at: 60_000,
      run: (_id, driver) => driver.submitMfa({ token: sandboxKit.SANDBOX_MFA_TOKEN }),
    },
  },
  { name: 'device-authorization', event: { at: 60_000, run: (id) => sandbox.approveDevice(id) } },
  { name: 'user-action-qr', event: { at: 60_000, run: (id) => sandbox.completeUserAction(id) } },
]

function FarolStatus({ id }: { id: string }) {
  const { item } = farol.useItem(id)
  return <li>{item?.status ?? '…'}</li>
}

function MfaDriver({ id, onReady }: { id: string; onReady: (driver: Driver) => void }) {
  const { submit } = farol.useSubmitMfa(id)
  useEffect(() => {
    onReady({ submitMfa: submit })
  }, [onReady, submit])
  return null
}

function NaiveStatus(props: { id: string; client: PluggyClient; onSeen: (s: string) => void }) {
  const { id, client, onSeen } = props
  const [status, setStatus] = useState<string>()
  useEffect(() => {
    let live = true
    const poll = async () => {
      const item = await client.getItem(id).catch(() => undefined)
      if (!live || !item) return
      setStatus(item.status)
      onSeen(item.status)
      if (FINISHED.has(item.status)) time.clear(timer)
    }
    void poll()
    const timer = time.setInterval(() => void poll(), NAIVE_INTERVAL_MS)
    return () => {
      live = false
      time.clear(timer)
    }
  }, [id, client, onSeen])
  return <li>{status ?? '…'}</li>
}

interface LifecycleResult {
  gets: number
  seen: string | undefined
  actual: string | undefined
}

async function lifecycle(mode: 'farol' | 'naive', scenario: Scenario, count: number) {
  sandbox.reset()
  time.reset(START)
  gets = new Map()
  const created = sandbox.createItem(scenario.name, { stepMs: STEP_MS })
  const container = document.createElement('div')
  const root = createRoot(container)
  const queryClient = new QueryClient()
  let seen: string | undefined
  let driver: Driver = { submitMfa: (values) => client.submitMfa(created.id, values) }
  const rows = Array.from({ length: count }, (_, i) =>
    mode === 'farol' ? (
      <FarolStatus key={i} id={created.id} />
    ) : (
      <NaiveStatus key={i} id={created.id} client={client} onSeen={(s) => (seen = s)} />
    ),
  )
  await act(async () => {
    root.render(
      mode === 'farol' ? (
        <farol.FarolProvider client={client} queryClient={queryClient}>
          <MfaDriver id={created.id} onReady={(d) => (driver = d)} />
          <ul>{rows}</ul>
        </farol.FarolProvider>
      ) : (
        <ul>{rows}</ul>
      ),
    )
    await settle()
  })
  const event = scenario.event
  if (event) {
    await advance(event.at)
    await act(async () => {
      await event.run(created.id, driver)
      await settle()
    })
    await advance(WINDOW_MS - event.at)
  } else {
    await advance(WINDOW_MS)
  }
  if (mode === 'farol') {
    seen = queryClient.getQueryData<Item>(farol.farolKeys.item(created.id))?.status
  }
  const result: LifecycleResult = {
    gets: gets.get(created.id) ?? 0,
    seen,
    actual: sandbox.getItem(created.id)?.status,
  }
  await act(async () => root.unmount())
  queryClient.clear()
  return result
}

const COUNTS = [1, 5, 20]
const requestRows: Array<Record<string, string | number | boolean>> = []
for (const scenario of SCENARIOS) {
  for (const count of COUNTS) {
    const f = await lifecycle('farol', scenario, count)
    const n = await lifecycle('naive', scenario, count)
    requestRows.push({
      scenario: scenario.name,
      components: count,
      farol: f.gets,
      naive: n.gets,
      ratio: Math.round((n.gets / Math.max(1, f.gets)) * 10) / 10,
      final: String(f.actual),
      farolSawFinal: f.seen === f.actual,
      naiveSawFinal: n.seen === n.actual,
    })
  }
}

// --- Re-renders in a list of 200 items -----------------------------------------------------

const LIST_SIZE = 200
/**
 * Rows that rendered, counted in the row's own body: a Profiler around a
 * React.memo row would report the parent's pass even when the row bailed out.
 */
const renders = new Map<string, number>()
function countRender(id: string): void {
  renders.set(id, (renders.get(id) ?? 0) + 1)
}
const rowsRendered = () => [...renders.values()].filter((n) => n > 0).length

function FarolListRow({ id }: { id: string }) {
  const { item, guidance } = farol.useItem(id)
  countRender(id)
  return (
    <li data-phase={guidance?.phase}>{`${item?.status ?? '…'} ${String(item?.lastUpdatedAt)}`}</li>
  )
}

function NaiveListRow({ item }: { item: Item }) {
  countRender(item.id)
  return <li>{`${item.status} ${String(item.lastUpdatedAt)}`}</li>
}
const MemoNaiveListRow = React.memo(NaiveListRow)

function NaiveList(props: { ids: string[]; queryClient: QueryClientType; memo: boolean }) {
  const { ids, queryClient, memo } = props
  const { data } = useQuery(
    {
      queryKey: ['naive-list'],
      queryFn: () => Promise.all(ids.map((id) => client.getItem(id))),
    },
    queryClient,
  )
  const Row = memo ? MemoNaiveListRow : NaiveListRow
  return (
    <ul>
      {data?.map((item) => (
        <Row key={item.id} item={item} />
      ))}
    </ul>
  )
}

/** Starts a new (instant) sync on the sandbox, behind the page's back: the item changes. */
function changeOnServer(id: string) {
  sandbox.handle({
    method: 'PATCH',
    path: `/items/${id}`,
    headers: { 'X-API-KEY': sandboxKit.SANDBOX_API_KEY },
    body: {},
  })
}

async function listRun(mode: 'farol' | 'naive' | 'naive-memo') {
  sandbox.reset()
  time.reset(START)
  gets = new Map()
  const ids = Array.from(
    { length: LIST_SIZE },
    () => sandbox.createItem('success', { stepMs: 0 }).id,
  )
  const queryClient = new QueryClient()
  const root = createRoot(document.createElement('div'))
  await act(async () => {
    root.render(
      mode === 'farol' ? (
        <farol.FarolProvider client={client} queryClient={queryClient}>
          <ul>
            {ids.map((id) => (
              <FarolListRow key={id} id={id} />
            ))}
          </ul>
        </farol.FarolProvider>
      ) : (
        <NaiveList ids={ids} queryClient={queryClient} memo={mode === 'naive-memo'} />
      ),
    )
    await settle()
  })
  await advance(60_000)
  const target = ids[100]!
  const unchanged = ids[50]!

  // One item changes (say a webhook arrives for it) and is fetched again.
  renders.clear()
  gets = new Map()
  changeOnServer(target)
  await act(async () => {
    await queryClient.invalidateQueries({
      queryKey: mode === 'farol' ? farol.farolKeys.item(target) : ['naive-list'],
    })
    await settle()
  })
  const changed = { rows: rowsRendered(), requests: [...gets.values()].reduce((a, b) => a + b, 0) }

  // One item is fetched again and has not changed.
  renders.clear()
  gets = new Map()
  await act(async () => {
    await queryClient.invalidateQueries({
      queryKey: mode === 'farol' ? farol.farolKeys.item(unchanged) : ['naive-list'],
    })
    await settle()
  })
  const same = { rows: rowsRendered(), requests: [...gets.values()].reduce((a, b) => a + b, 0) }

  await act(async () => root.unmount())
  queryClient.clear()
  return { changed, same }
}

const renderRows: Array<Record<string, string | number>> = []
for (const [mode, label] of [
  ['farol', 'farol: useItem(id) per row'],
  ['naive', 'naive: one list query, rows as props'],
  ['naive-memo', 'naive: one list query, React.memo rows'],
] as const) {
  const run = await listRun(mode)
  renderRows.push({
    list: label,
    rowsRenderedWhenOneChanges: run.changed.rows,
    requestsWhenOneChanges: run.changed.requests,
    rowsRenderedWhenOneRefetchedUnchanged: run.same.rows,
    requestsWhenOneRefetchedUnchanged: run.same.requests,
  })
}

const results = {
  settings: {
    simulatedWindowMs: WINDOW_MS,
    stepMs: STEP_MS,
    naive: `every component polls GET /items/{id} every ${NAIVE_INTERVAL_MS} ms until UPDATED, LOGIN_ERROR or OUTDATED`,
    userEventsAt: 'MFA answered, device approved, user action completed 60 s after creation',
    listSize: LIST_SIZE,
  },
  requests: requestRows,
  rerenders: renderRows,
}
// Keeps the other figures in the file (mount, sizes, structure).
const resultsUrl = new URL('./results.json', import.meta.url)
const previous = JSON.parse(readFileSync(resultsUrl, 'utf8')) as Record<string, unknown>
writeFileSync(resultsUrl, `${JSON.stringify({ ...previous, ...results }, null, 2)}\n`)
console.log(`Requests per lifecycle (${WINDOW_MS / 60_000} simulated minutes, GET /items/{id})`)
console.table(requestRows)
console.log(`Re-renders in a list of ${LIST_SIZE} items`)
console.table(renderRows)
process.exit(0)
