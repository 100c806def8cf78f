import { act, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ConnectionList, ConnectionsSummary } from '../../../src/components'
import type { FarolEvents, FarolItemEvent } from '../../../src/react'
import type * as RowModule from '../../../src/components/ConnectionList/use-connection-row'
import { advance, advanceUntil, flush, itemGets, renderFarol, useSandbox } from './harness'

// Counts each row's renders by item id: the row hook runs once per row render.
const rowRenders = vi.hoisted(() => new Map<string, number>())
vi.mock('../../../src/components/ConnectionList/use-connection-row', async (importOriginal) => {
  const original = await importOriginal<typeof RowModule>()
  return {
    ...original,
    useConnectionRow: (props: Parameters<typeof original.useConnectionRow>[0]) => {
      rowRenders.set(props.rowKey, (rowRenders.get(props.rowKey) ?? 0) + 1)
      return original.useConnectionRow(props)
    },
  }
})

const MINUTE = 60_000

/** A push source the test drives (a host's webhook relay). */
function testEvents() {
  const listeners = new Map<string, Set<(event: FarolItemEvent) => void>>()
  const events: FarolEvents = {
    subscribe(itemId, onEvent) {
      const set = listeners.get(itemId) ?? new Set()
      set.add(onEvent)
      listeners.set(itemId, set)
      return () => set.delete(onEvent)
    },
  }
  return {
    events,
    emit: (event: FarolItemEvent) => {
      for (const listener of listeners.get(event.itemId) ?? []) listener(event)
    },
  }
}

const summaryText = () => document.querySelector('.farol-ConnectionsSummary-text')?.textContent
const rows = () => within(screen.getByRole('list')).getAllByRole('listitem')

describe('ConnectionList polling many items', () => {
  const { sandbox } = useSandbox()

  it('200 connections, one changes: one row re-renders and one request is made', async () => {
    const push = testEvents()
    const ids = Array.from({ length: 200 }, () => sandbox.createItem('success', { stepMs: 200 }).id)
    const view = renderFarol(
      <>
        <ConnectionsSummary itemIds={ids} />
        <ConnectionList itemIds={ids} />
      </>,
      { events: push.events },
    )
    await advanceUntil(() => summaryText() === 'Tudo em dia', 5 * MINUTE)
    await advance(MINUTE)
    expect(rows()).toHaveLength(200)

    const changed = ids[137]!
    await view.client.updateItem(changed)
    await flush()
    rowRenders.clear()
    const before = sandbox.requests().filter((r) => r.method === 'GET').length
    act(() => push.emit({ event: 'item/updated', itemId: changed }))
    await flush()

    expect(sandbox.requests().filter((r) => r.method === 'GET').length - before).toBe(1)
    expect(itemGets(sandbox, changed).at(-1)).toBeDefined()
    expect([...rowRenders.keys()]).toEqual([changed])
    expect(rowRenders.get(changed)).toBe(1)
    // The syncing row moved above the 199 ready ones; the summary says so.
    expect(rows()[0]).toHaveAttribute('data-phase', 'syncing')
    expect(summaryText()).toBe('1 sincronizando')
  }, 120_000)

  it('announces a burst of changes once, as its outcome', async () => {
    const push = testEvents()
    const ids = Array.from({ length: 6 }, () => sandbox.createItem('success', { stepMs: 200 }).id)
    const view = renderFarol(<ConnectionList itemIds={ids} />, { events: push.events })
    await advanceUntil(() => screen.queryByText(/^Tudo em dia:/) !== null, 5 * MINUTE)
    await advance(5_000)
    const region = screen.getByRole('status')
    const said: string[] = []
    const observer = new MutationObserver(() => said.push(region.textContent ?? ''))
    observer.observe(region, { childList: true, subtree: true, characterData: true })
    for (const id of ids.slice(0, 4)) {
      await view.client.updateItem(id)
      act(() => push.emit({ event: 'item/updated', itemId: id }))
      await flush()
    }
    await advance(1_500)
    observer.disconnect()
    expect(said).toEqual(['4 sincronizando'])
  })
})
