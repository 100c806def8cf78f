// The page `bench/connections.bench.ts` loads in Chromium: mounts a ConnectionList of N
// rows (given `items`), or a static React component rendering the same markup, and times it.
import { createElement, type ReactNode } from 'react'
import { mount, unmount, type Timing } from './timed-mount'
import { ConnectionList } from '../../src/components'
import { parseItem, type Item } from '../../src/core'
import { FarolI18nProvider } from '../../src/i18n'

const NOW = new Date('2026-07-20T10:00:00.000Z')
const MIXES: Record<string, Array<Record<string, unknown>>> = {
  mixed: [
    { status: 'UPDATED', executionStatus: 'SUCCESS' },
    {
      status: 'WAITING_USER_INPUT',
      executionStatus: 'WAITING_USER_INPUT',
      parameter: {
        name: 'token',
        label: 'Token',
        type: 'number',
        expiresAt: '2026-07-20T10:04:00.000Z',
      },
    },
    { status: 'UPDATING', executionStatus: 'LOGIN_IN_PROGRESS' },
    {
      status: 'OUTDATED',
      executionStatus: 'SITE_NOT_AVAILABLE',
      error: { code: 'SITE_NOT_AVAILABLE', message: 'down' },
    },
    { status: 'UPDATED', executionStatus: 'SUCCESS' },
    {
      status: 'LOGIN_ERROR',
      executionStatus: 'INVALID_CREDENTIALS',
      error: { code: 'INVALID_CREDENTIALS', message: 'bad' },
    },
  ],
}

function itemsFor(mix: string, count: number): Item[] {
  const states = MIXES[mix]!
  return Array.from({ length: count }, (_, index) =>
    parseItem({
      id: `item-${index}`,
      connector: { id: index, name: `Banco ${index}`, type: 'PERSONAL_BANK' },
      statusDetail: null,
      updatedAt: '2026-07-20T09:59:00.000Z',
      lastUpdatedAt: '2026-07-20T09:59:00.000Z',
      ...states[index % states.length],
    }),
  )
}

const farolTree = (items: Item[]) => (
  <FarolI18nProvider locale="pt-BR">
    <ConnectionList items={items} now={NOW} />
  </FarolI18nProvider>
)

/** A DOM snapshot as plain data, rendered back by `StaticMarkup`. */
interface Snapshot {
  tag: string
  props: Record<string, string>
  children: Array<Snapshot | string>
}

const PROP_NAMES: Record<string, string> = { class: 'className', for: 'htmlFor' }

function snapshot(element: Element): Snapshot {
  const props: Record<string, string> = {}
  for (const attribute of element.attributes) {
    if (attribute.name === 'style') continue
    props[PROP_NAMES[attribute.name] ?? attribute.name] = attribute.value
  }
  return {
    tag: element.tagName.toLowerCase(),
    props,
    children: [...element.childNodes].flatMap((node): Array<Snapshot | string> =>
      node.nodeType === Node.TEXT_NODE
        ? [node.textContent ?? '']
        : node.nodeType === Node.ELEMENT_NODE
          ? [snapshot(node as Element)]
          : [],
    ),
  }
}

function StaticMarkup({ node }: { node: Snapshot }): ReactNode {
  return createElement(
    node.tag,
    node.props,
    ...node.children.map((child, index) =>
      typeof child === 'string' ? child : <StaticMarkup key={index} node={child} />,
    ),
  )
}

const snapshots = new Map<string, Snapshot>()
function markupOf(mix: string, count: number): Snapshot {
  const key = `${mix}:${count}`
  if (!snapshots.has(key)) {
    const mounted = mount(farolTree(itemsFor(mix, count)))
    snapshots.set(key, snapshot(mounted.container.firstElementChild!))
    unmount(mounted)
  }
  return snapshots.get(key)!
}

declare global {
  interface Window {
    mountList(kind: 'farol' | 'static', mix: string, count: number): Timing
  }
}

window.mountList = (kind, mix, count) => {
  const tree =
    kind === 'farol' ? (
      farolTree(itemsFor(mix, count))
    ) : (
      <StaticMarkup node={markupOf(mix, count)} />
    )
  const mounted = mount(tree)
  const found = mounted.container.querySelectorAll('.farol-ConnectionList-row').length
  unmount(mounted)
  if (found !== count) throw new Error(`${kind}: mounted ${found} of ${count} rows`)
  return { commitMs: mounted.commitMs, layoutMs: mounted.layoutMs }
}
