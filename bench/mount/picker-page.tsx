// The page `bench/connect-picker.bench.ts` loads in Chromium: ConnectItem (its picker) in a
// FarolProvider whose client reaches the sandbox in the page through `fetch` (no network:
// the figure is farol's, not a server's), counting the requests; or ConnectorPicker alone
// given a catalogue of N institutions.
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { createPluggyClient } from '../../src/client'
import { ConnectItem, ConnectorPicker } from '../../src/components'
import type { Connector } from '../../src/core'
import { FarolProvider } from '../../src/react'
import { createSandbox, SANDBOX_API_KEY, SANDBOX_CONNECTORS } from '../../src/testing'

declare global {
  interface Window {
    mountConnect(): Promise<number>
    mountPicker(count: number): Promise<number>
    requests: string[]
    keyLatencies: number[]
  }
}

const BASE = 'https://sandbox.bench.local'
const sandbox = createSandbox()
window.requests = []
window.keyLatencies = []

/** fetch answered by the in-page sandbox, every request recorded. */
const sandboxFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init)
  const url = new URL(request.url)
  window.requests.push(`${request.method} ${url.pathname}${url.search}`)
  const answer = sandbox.handle({
    method: request.method,
    path: url.pathname,
    query: url.searchParams,
    headers: request.headers,
    rawBody: request.method === 'GET' ? '' : await request.text(),
  })
  const body = answer.body === undefined ? null : JSON.stringify(answer.body)
  return new Response(body, { status: answer.status, headers: answer.headers })
}

const container = document.createElement('div')
document.body.append(container)
let root = createRoot(container)

/**
 * Keystroke → filtered list on screen: from the input event's timestamp to the frame
 * after React committed the new list (the next requestAnimationFrame, i.e. the paint).
 */
document.addEventListener(
  'input',
  (event) => {
    const started = event.timeStamp
    requestAnimationFrame(() => {
      // Forces style and layout of the new list inside the frame being measured.
      document.querySelector('[role="listbox"]')?.getBoundingClientRect()
      window.keyLatencies.push(performance.now() - started)
    })
  },
  true,
)

const optionsShown = () => document.querySelectorAll('[role="option"]').length

async function until(done: () => boolean) {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 10))
}

window.mountConnect = async () => {
  root.unmount()
  root = createRoot(container)
  const client = createPluggyClient({ baseUrl: BASE, apiKey: SANDBOX_API_KEY, fetch: sandboxFetch })
  root.render(createElement(FarolProvider, { client }, createElement(ConnectItem)))
  await until(() => optionsShown() > 0)
  return optionsShown()
}

window.mountPicker = async (count: number) => {
  root.unmount()
  root = createRoot(container)
  const catalogue: Connector[] = Array.from({ length: count }, (_, index) => {
    const base = SANDBOX_CONNECTORS[index % SANDBOX_CONNECTORS.length]!
    const copy = Math.floor(index / SANDBOX_CONNECTORS.length)
    return { ...base, id: 10_000 + index, name: copy ? `${base.name} ${copy + 1}` : base.name }
  })
  root.render(createElement(ConnectorPicker, { connectors: catalogue, onSelect: () => {} }))
  await until(() => optionsShown() > 0)
  return optionsShown()
}
