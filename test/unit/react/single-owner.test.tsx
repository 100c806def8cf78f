import { QueryClient } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { StrictMode, useState } from 'react'
import { describe, expect, it } from 'vitest'
import { FarolProvider, useItem } from '../../../src/react'
import { itemPollerHolders } from '../../../src/react/polling/poller-registry'
import {
  advance,
  advanceUntil,
  flush,
  itemGets,
  renderFarol,
  sandboxClient,
  useSandbox,
} from './harness'

const MINUTE = 60_000

function Status({ id }: { id: string }) {
  const { item } = useItem(id)
  return <li data-testid="status">{item?.status ?? 'loading'}</li>
}

function Many({ id, count }: { id: string; count: number }) {
  return (
    <ul>
      {Array.from({ length: count }, (_, i) => (
        <Status key={i} id={id} />
      ))}
    </ul>
  )
}

const statuses = () => screen.getAllByTestId('status').map((el) => el.textContent)

describe('one poller per item', () => {
  const { sandbox } = useSandbox()

  /** When each GET of the item happened, in ms after `start`. */
  const offsets = (id: string, start: number) =>
    itemGets(sandbox, id).map((r) => Date.parse(r.at) - start)

  /** A whole `success` lifecycle (about 3 s of syncing) with `count` readers. */
  async function lifecycle(count: number) {
    sandbox.reset()
    const start = Date.now()
    const created = sandbox.createItem('success', { stepMs: 4_000 })
    const view = renderFarol(<Many id={created.id} count={count} />)
    await flush()
    await advanceUntil(() => statuses().every((s) => s === 'UPDATED'), 5 * MINUTE)
    await advance(10 * MINUTE)
    view.unmount()
    return offsets(created.id, start)
  }

  it('20 components make exactly the requests of 1, at the same moments', async () => {
    const one = await lifecycle(1)
    const twenty = await lifecycle(20)
    expect(one.length).toBeGreaterThan(5)
    expect(twenty).toEqual(one)
  })

  it('5 components: same as 1', async () => {
    expect(await lifecycle(5)).toEqual(await lifecycle(1))
  })

  it('one QueryObserver polls: readers hold the poller, none has a timer', async () => {
    const created = sandbox.createItem('success', { stepMs: 60_000 })
    const view = renderFarol(<Many id={created.id} count={20} />)
    await flush()
    expect(itemPollerHolders(view.queryClient, created.id)).toBe(20)
    const query = view.queryClient.getQueryCache().find({ queryKey: ['farol', 'item', created.id] })
    // 20 readers (disabled observers) + the poller.
    expect(query?.getObserversCount()).toBe(21)
    expect(query?.observers.filter((o) => o.options.enabled !== false)).toHaveLength(1)
  })

  it('ownership hands over: unmounting the first reader keeps the pace; the last stops it', async () => {
    const created = sandbox.createItem('success', { stepMs: 60_000 })
    const queryClient = new QueryClient()
    const client = sandboxClient()
    function Toggle({ shown }: { shown: number[] }) {
      return (
        <FarolProvider client={client} queryClient={queryClient}>
          {shown.map((key) => (
            <Status key={key} id={created.id} />
          ))}
        </FarolProvider>
      )
    }
    const view = render(<Toggle shown={[1, 2, 3]} />)
    await flush()
    await advance(10_000)
    const atTen = itemGets(sandbox, created.id).length
    // The first mounted reader leaves: the poller stays, same 2 s pace.
    view.rerender(<Toggle shown={[2, 3]} />)
    await flush()
    expect(itemPollerHolders(queryClient, created.id)).toBe(2)
    await advance(10_000)
    expect(itemGets(sandbox, created.id).length - atTen).toBe(5)
    // The last reader leaves: no more requests.
    view.rerender(<Toggle shown={[]} />)
    await flush()
    expect(itemPollerHolders(queryClient, created.id)).toBe(0)
    const atRest = itemGets(sandbox, created.id).length
    await advance(5 * MINUTE)
    expect(itemGets(sandbox, created.id).length).toBe(atRest)
    // A new reader starts polling again.
    view.rerender(<Toggle shown={[4]} />)
    await flush()
    await advance(10_000)
    expect(itemGets(sandbox, created.id).length).toBeGreaterThan(atRest)
  })

  it('StrictMode (double effects) still makes the requests of one plain reader', async () => {
    const plain = await lifecycle(1)
    sandbox.reset()
    const start = Date.now()
    const created = sandbox.createItem('success', { stepMs: 4_000 })
    const queryClient = new QueryClient()
    render(
      <StrictMode>
        <FarolProvider client={sandboxClient()} queryClient={queryClient}>
          <Many id={created.id} count={3} />
        </FarolProvider>
      </StrictMode>,
    )
    await flush()
    expect(itemPollerHolders(queryClient, created.id)).toBe(3)
    await advanceUntil(() => statuses().every((s) => s === 'UPDATED'), 5 * MINUTE)
    await advance(10 * MINUTE)
    expect(offsets(created.id, start)).toEqual(plain)
  })

  it('readers mounted later join the running poller without a request of their own', async () => {
    const created = sandbox.createItem('success', { stepMs: 60_000 })
    function Later() {
      const [count, setCount] = useState(1)
      return (
        <>
          <button onClick={() => setCount((c) => c + 5)}>more</button>
          <Many id={created.id} count={count} />
        </>
      )
    }
    renderFarol(<Later />)
    await flush()
    await advance(1_000)
    const before = itemGets(sandbox, created.id).length
    screen.getByRole('button').click()
    await flush()
    screen.getByRole('button').click()
    await flush()
    expect(statuses()).toHaveLength(11)
    expect(itemGets(sandbox, created.id).length).toBe(before)
  })

  it('different items poll independently; each QueryClient has its own poller', async () => {
    const a = sandbox.createItem('success', { stepMs: 60_000 })
    const b = sandbox.createItem('success', { stepMs: 60_000 })
    const first = renderFarol(
      <>
        <Many id={a.id} count={3} />
        <Many id={b.id} count={3} />
      </>,
    )
    await flush()
    expect(itemPollerHolders(first.queryClient, a.id)).toBe(3)
    expect(itemPollerHolders(first.queryClient, b.id)).toBe(3)
    await advance(10_000)
    expect(itemGets(sandbox, a.id)).toHaveLength(6)
    expect(itemGets(sandbox, b.id)).toHaveLength(6)
    // A second app (its own QueryClient, its own cache) polls on its own.
    const second = renderFarol(<Many id={a.id} count={2} />)
    await flush()
    expect(itemPollerHolders(second.queryClient, a.id)).toBe(2)
    expect(itemPollerHolders(first.queryClient, a.id)).toBe(3)
  })

  it('useItem(id, { enabled: false }) reads the cache and never requests', async () => {
    const created = sandbox.createItem('success', { stepMs: 60_000 })
    function Quiet() {
      const { item, isLoading } = useItem(created.id, { enabled: false })
      return <p data-testid="quiet">{`${item?.status ?? 'none'} ${String(isLoading)}`}</p>
    }
    const view = renderFarol(<Quiet />)
    await advance(MINUTE)
    expect(itemGets(sandbox, created.id)).toHaveLength(0)
    expect(screen.getByTestId('quiet').textContent).toBe('none false')
    expect(itemPollerHolders(view.queryClient, created.id)).toBe(0)
  })
})
