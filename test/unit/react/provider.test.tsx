import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query'
import { render, renderHook, screen } from '@testing-library/react'
import i18next from 'i18next'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import {
  connectorQueryOptions,
  FarolProvider,
  farolKeys,
  itemQueryOptions,
  useConnector,
  useFarol,
  useItem,
} from '../../../src/react'
import { useFarolTranslation } from '../../../src/i18n'
import { PLUGGY_BANK_ID } from '../../../src/testing'
import { advance, flush, itemGets, renderFarolHook, sandboxClient, useSandbox } from './harness'

const MINUTE = 60_000

describe('FarolProvider', () => {
  const { sandbox } = useSandbox()

  it("uses the host's QueryClientProvider: farol's entries live in the host cache", async () => {
    const created = sandbox.createItem('success', { stepMs: 0 })
    const host = new QueryClient()
    const client = sandboxClient()
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={host}>
        <FarolProvider client={client}>{children}</FarolProvider>
      </QueryClientProvider>
    )
    const { result } = renderHook(() => ({ farol: useFarol(), item: useItem(created.id) }), {
      wrapper,
    })
    await flush()
    expect(result.current.farol.queryClient).toBe(host)
    expect(host.getQueryData(farolKeys.item(created.id))).toMatchObject({ status: 'UPDATED' })
  })

  it('without a host client: its own, stable across renders, and the host tree is untouched', async () => {
    const client = sandboxClient()
    const seen: QueryClient[] = []
    function Probe() {
      seen.push(useFarol().queryClient)
      return null
    }
    const view = render(
      <FarolProvider client={client}>
        <Probe />
      </FarolProvider>,
    )
    view.rerender(
      <FarolProvider client={client} theme="dark">
        <Probe />
      </FarolProvider>,
    )
    expect(seen.length).toBeGreaterThanOrEqual(2)
    expect(new Set(seen).size).toBe(1)
    // farol never installs a QueryClientProvider over the host's children.
    expect(() =>
      renderHook(() => useQueryClient(), {
        wrapper: ({ children }) => <FarolProvider client={client}>{children}</FarolProvider>,
      }),
    ).toThrow(/No QueryClient set/)
  })

  it('an explicit queryClient wins over the host one, without replacing it for the host', () => {
    const host = new QueryClient()
    const mine = new QueryClient()
    const { result } = renderHook(() => ({ farol: useFarol(), host: useQueryClient() }), {
      wrapper: ({ children }) => (
        <QueryClientProvider client={host}>
          <FarolProvider client={sandboxClient()} queryClient={mine}>
            {children}
          </FarolProvider>
        </QueryClientProvider>
      ),
    })
    expect(result.current.farol.queryClient).toBe(mine)
    expect(result.current.host).toBe(host)
  })

  it("passes theme and client through context; never changes the host i18next's language", async () => {
    const host = i18next.createInstance()
    await host.init({ lng: 'de', resources: { de: { translation: { hi: 'Hallo' } } } })
    const client = sandboxClient()
    function Probe() {
      const { theme, client: fromContext } = useFarol()
      const { i18n } = useFarolTranslation()
      return (
        <p data-testid="probe">{`${theme} ${String(fromContext === client)} ${i18n.language}`}</p>
      )
    }
    render(
      <FarolProvider client={client} theme="dark" i18n={host} locale="en">
        <Probe />
      </FarolProvider>,
    )
    await flush()
    expect(screen.getByTestId('probe').textContent).toBe('dark true en')
    expect(host.language).toBe('de')
  })

  it('hooks outside a FarolProvider say what is missing', () => {
    expect(() => renderHook(() => useItem('x'))).toThrow(/FarolProvider/)
  })
})

describe('query keys and options for hosts', () => {
  const { sandbox } = useSandbox()

  it("farolKeys: ['farol', 'item', id] and ['farol', 'connector', id]", () => {
    expect(farolKeys.item('abc')).toEqual(['farol', 'item', 'abc'])
    expect(farolKeys.connector(0)).toEqual(['farol', 'connector', '0'])
    expect(farolKeys.connector('0')).toEqual(farolKeys.connector(0))
  })

  it('a host prefetch fills the cache: mounting reads it without a second request', async () => {
    const created = sandbox.createItem('success', { stepMs: 0 })
    const queryClient = new QueryClient()
    const client = sandboxClient()
    await queryClient.prefetchQuery(itemQueryOptions(client, created.id))
    expect(itemGets(sandbox, created.id)).toHaveLength(1)
    const hook = renderFarolHook(() => useItem(created.id), { client, queryClient })
    expect(hook.result.current.item?.status).toBe('UPDATED')
    expect(hook.result.current.isLoading).toBe(false)
    await advance(MINUTE)
    expect(itemGets(sandbox, created.id)).toHaveLength(1)
  })

  it('a host invalidateQueries (its webhook relay) refetches the item once', async () => {
    const created = sandbox.createItem('success', { stepMs: 0 })
    const hook = renderFarolHook(() => [useItem(created.id), useItem(created.id)])
    await flush()
    await hook.queryClient.invalidateQueries({ queryKey: farolKeys.item(created.id) })
    await flush()
    expect(itemGets(sandbox, created.id)).toHaveLength(2)
  })

  it('useConnector: fetched once, cached for an hour', async () => {
    const hook = renderFarolHook(() => [useConnector(PLUGGY_BANK_ID), useConnector(PLUGGY_BANK_ID)])
    expect(hook.result.current[0]?.isLoading).toBe(true)
    await flush()
    expect(hook.result.current[0]?.connector).toMatchObject({ id: 0, name: 'Pluggy Bank' })
    expect(hook.result.current[1]?.connector).toBe(hook.result.current[0]?.connector)
    const gets = () => sandbox.requests().filter((r) => r.path === '/connectors/0')
    expect(gets()).toHaveLength(1)
    expect(connectorQueryOptions(sandboxClient(), 0).staleTime).toBe(60 * MINUTE)
  })

  it('useConnector: an unknown connector is not-found, not retried', async () => {
    const hook = renderFarolHook(() => useConnector(999_999))
    await advance(MINUTE)
    expect(hook.result.current.error?.kind).toBe('not-found')
    expect(sandbox.requests().filter((r) => r.path === '/connectors/999999')).toHaveLength(1)
  })

  it('useConnector(undefined) requests nothing', async () => {
    const hook = renderFarolHook(() => useConnector(undefined))
    await flush()
    expect(hook.result.current).toEqual({
      connector: undefined,
      error: undefined,
      isLoading: false,
    })
    expect(sandbox.requests()).toHaveLength(0)
  })
})
