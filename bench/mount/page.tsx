// The page `bench/mount.bench.ts` loads in Chromium: mounts N ItemConnectionStatus, or N
// plain elements holding the same text, and times it. Bundled by esbuild (production React).
import type { ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import { createPluggyClient } from '../../src/client'
import { parseItem, type Item } from '../../src/core'
import { FarolProvider } from '../../src/react'
import { ItemConnectionStatus } from '../../src/components'

const NOW = new Date('2026-07-20T10:00:00.000Z')
const connector = {
  id: 0,
  name: 'Pluggy Bank',
  type: 'PERSONAL_BANK',
  primaryColor: 'ef294b',
  health: { status: 'ONLINE' },
  credentials: [
    { name: 'user', label: 'Usuário', type: 'text' },
    { name: 'password', label: 'Senha', type: 'password' },
  ],
}
const SCENARIOS: Record<string, Record<string, unknown>> = {
  'login-error': {
    status: 'LOGIN_ERROR',
    executionStatus: 'INVALID_CREDENTIALS',
    error: { code: 'INVALID_CREDENTIALS', message: 'Invalid credentials' },
  },
  ready: { status: 'UPDATED', executionStatus: 'SUCCESS', error: null },
}

const client = createPluggyClient({ apiKey: 'unused' })

function itemsFor(scenario: string, count: number): Item[] {
  return Array.from({ length: count }, (_, index) =>
    parseItem({
      id: `item-${index}`,
      connector,
      statusDetail: null,
      updatedAt: '2026-07-20T09:59:00.000Z',
      lastUpdatedAt: '2026-07-20T09:59:00.000Z',
      ...SCENARIOS[scenario],
    }),
  )
}

function farolTree(items: Item[]) {
  return (
    <FarolProvider client={client} locale="pt-BR">
      {items.map((item) => (
        <ItemConnectionStatus key={item.id} item={item} now={NOW} onSubmitCredentials={() => {}} />
      ))}
    </FarolProvider>
  )
}

function plainTree(text: string, count: number) {
  return (
    <>
      {Array.from({ length: count }, (_, index) => (
        <div key={index}>{text}</div>
      ))}
    </>
  )
}

interface Timing {
  /** `flushSync(render)`: React's render and commit into the DOM. */
  commitMs: number
  /** The same, then style and layout forced (`getBoundingClientRect`). */
  layoutMs: number
}

function mount(tree: ReactNode): Timing & { root: Root; container: HTMLElement } {
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  const start = performance.now()
  flushSync(() => root.render(tree))
  const committed = performance.now()
  container.getBoundingClientRect()
  const laidOut = performance.now()
  return { root, container, commitMs: committed - start, layoutMs: laidOut - start }
}

function unmount({ root, container }: { root: Root; container: HTMLElement }) {
  flushSync(() => root.unmount())
  container.remove()
}

/** The text one ItemConnectionStatus shows for this scenario, for the plain baseline. */
function textOf(scenario: string): string {
  const mounted = mount(farolTree(itemsFor(scenario, 1)))
  const text = mounted.container.textContent ?? ''
  unmount(mounted)
  return text
}

declare global {
  interface Window {
    mountOnce(kind: 'farol' | 'plain', scenario: string, count: number): Timing
    textOf(scenario: string): string
  }
}

window.textOf = textOf
window.mountOnce = (kind, scenario, count) => {
  const tree =
    kind === 'farol' ? farolTree(itemsFor(scenario, count)) : plainTree(textOf(scenario), count)
  const mounted = mount(tree)
  const found =
    kind === 'farol'
      ? mounted.container.querySelectorAll('.farol-ItemConnectionStatus').length
      : mounted.container.childElementCount
  unmount(mounted)
  if (found !== count) throw new Error(`${kind}: mounted ${found} of ${count}`)
  return { commitMs: mounted.commitMs, layoutMs: mounted.layoutMs }
}
