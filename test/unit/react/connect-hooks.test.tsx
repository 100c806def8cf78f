// useConnectors and useCreateItem on the sandbox behind MSW, with a real QueryClient and
// vitest's fake clock (the debounce, React Query and the sandbox move together).
import type { QueryClient } from '@tanstack/react-query'
import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { ConnectorFilters, Item } from '../../../src/core'
import { farolKeys, useConnector, useConnectors, useCreateItem, useItem } from '../../../src/react'
import {
  OFFLINE_BANK_ID,
  PLUGGY_BANK_ID,
  SANDBOX_CREDENTIALS,
  VALIDATION_BANK_ID,
} from '../../../src/testing'
import { advance, advanceUntil, flush, renderFarolHook, sandboxClient, useSandbox } from './harness'

/** A client on the sandbox that records every URL it requests. */
function recordingClient() {
  const urls: URL[] = []
  const client = sandboxClient({
    fetch: (input, init) => {
      urls.push(new URL(String(input)))
      return globalThis.fetch(input, init)
    },
  })
  const connectorGets = () => urls.filter((url) => url.pathname === '/connectors')
  return { client, urls, connectorGets }
}

function everythingCached(queryClient: QueryClient): string {
  const queries = queryClient
    .getQueryCache()
    .getAll()
    .map((q) => ({ key: q.queryKey, state: q.state, options: q.options }))
  const mutations = queryClient
    .getMutationCache()
    .getAll()
    .map((m) => ({ key: m.options.mutationKey, state: m.state, options: m.options }))
  return [
    JSON.stringify({ queries, mutations }),
    inspect({ queries, mutations }, { depth: 30, showHidden: true, getters: true }),
  ].join('\n')
}

describe('useConnectors', () => {
  const { sandbox } = useSandbox()

  function renderSearch(initial: ConnectorFilters, debounceMs?: number) {
    const recorder = recordingClient()
    const hook = renderFarolHook(
      ({ filters }: { filters: ConnectorFilters } = { filters: initial }) =>
        useConnectors(filters, { debounceMs }),
      { client: recorder.client },
    )
    return { ...recorder, hook }
  }

  it('typing a 10-letter name one key at a time, 50 ms apart: 1 request after settling', async () => {
    const recorder = recordingClient()
    let filters: ConnectorFilters = {}
    const hook = renderFarolHook(() => useConnectors(filters), { client: recorder.client })
    await flush()
    expect(hook.result.current.connectors?.length).toBe(sandbox.connectors.length)
    expect(recorder.connectorGets()).toHaveLength(1)

    const name = 'bradescopj'
    for (let i = 1; i <= name.length; i++) {
      filters = { name: name.slice(0, i) }
      hook.rerender()
      expect(hook.result.current.isSettling).toBe(true)
      await advance(50)
    }
    // While typing: the full list stays on screen, nothing new was requested.
    expect(recorder.connectorGets()).toHaveLength(1)
    expect(hook.result.current.connectors?.length).toBe(sandbox.connectors.length)

    await advance(250)
    await flush()
    const searches = recorder.connectorGets().slice(1)
    expect(searches.map((url) => url.searchParams.get('name'))).toEqual([name])
    expect(hook.result.current.isSettling).toBe(false)
    expect(hook.result.current.connectors?.map((c) => c.name)).toEqual([])

    // Back to a cached search: no request at all.
    filters = {}
    hook.rerender()
    await advance(300)
    expect(recorder.connectorGets()).toHaveLength(2)
    expect(hook.result.current.connectors?.length).toBe(sandbox.connectors.length)
  })

  it('a settled name is searched accent- and case-insensitively; the previous list is kept meanwhile', async () => {
    const { hook, connectorGets } = renderSearch({ name: 'itau' })
    await flush()
    expect(connectorGets()).toHaveLength(1)
    const itau = ['Itaú PF', 'Itaú PJ', 'Itaú Open Finance', 'Itaú Empresas Open Finance']
    expect(hook.result.current.connectors?.map((c) => c.name)).toEqual(itau)
    sandbox.injectFault({ latencyMs: 1_000, match: 'GET /connectors', times: 1 })
    hook.rerender({ filters: { name: 'BRADESCO' } })
    await advance(250)
    expect(hook.result.current.isFetching).toBe(true)
    expect(hook.result.current.connectors?.map((c) => c.name)).toEqual(itau)
    await advance(1_000)
    expect(hook.result.current.connectors?.map((c) => c.name)).toEqual([
      'Bradesco PF',
      'Bradesco PJ',
      'Bradesco Open Finance',
      'Bradesco Empresas Open Finance',
    ])
    expect(hook.result.current.isLoading).toBe(false)
  })

  it('types, countries, isOpenFinance and sandbox filter at once (no debounce)', async () => {
    const { hook, connectorGets } = renderSearch({ types: ['BUSINESS_BANK'] })
    await flush()
    const business = hook.result.current.connectors ?? []
    expect(business.length).toBeGreaterThan(0)
    expect(business.every((c) => c.type === 'BUSINESS_BANK')).toBe(true)

    hook.rerender({ filters: { isOpenFinance: true } })
    await flush()
    expect(connectorGets()).toHaveLength(2)
    const openFinance = hook.result.current.connectors ?? []
    expect(openFinance.length).toBeGreaterThan(0)
    expect(openFinance.every((c) => c.isOpenFinance === true && c.id >= 600)).toBe(true)

    hook.rerender({ filters: { sandbox: false, countries: ['BR'] } })
    await flush()
    expect(hook.result.current.connectors?.some((c) => c.isSandbox)).toBe(false)
    expect(connectorGets().at(-1)?.search).toBe('?countries=BR&sandbox=false')
  })

  it('the same filters in another order or another object share one cache entry', async () => {
    const { hook, connectorGets } = renderSearch({ types: ['BUSINESS_BANK', 'PERSONAL_BANK'] })
    await flush()
    hook.rerender({ filters: { types: ['PERSONAL_BANK', 'BUSINESS_BANK', 'PERSONAL_BANK'] } })
    await advance(300)
    expect(connectorGets()).toHaveLength(1)
  })

  it('a failed search: a clear problem, the last list kept, refetch recovers', async () => {
    const { hook } = renderSearch({})
    await flush()
    const all = hook.result.current.connectors
    sandbox.injectFault({ errorRate: 1, errorStatus: 503, match: 'GET /connectors', times: 3 })
    hook.rerender({ filters: { name: 'caixa' } })
    await advance(250)
    await advanceUntil(() => hook.result.current.error !== null, 30_000)
    expect(hook.result.current.error).toMatchObject({ kind: 'server', status: 503 })
    expect(hook.result.current.connectors).toEqual(all)
    hook.result.current.refetch()
    await flush()
    expect(hook.result.current.error).toBeNull()
    expect(hook.result.current.connectors?.map((c) => c.name)).toEqual([
      'Caixa PJ',
      'Caixa PF',
      'Caixa Econômica Federal Open Finance',
    ])
  })

  it('broken JSON from GET /connectors: invalid-response, the last list kept, no crash', async () => {
    const { hook } = renderSearch({})
    await flush()
    const all = hook.result.current.connectors
    sandbox.injectFault({ malformedJson: true, match: 'GET /connectors', times: 1 })
    hook.rerender({ filters: { name: 'sicoob' } })
    await advance(250)
    await advanceUntil(() => hook.result.current.error !== null, 10_000)
    expect(hook.result.current.error).toMatchObject({ kind: 'invalid-response' })
    expect(hook.result.current.connectors).toEqual(all)
    expect(hook.result.current.isLoading).toBe(false)
  })

  it('a connector picked from the list needs no GET /connectors/{id}', async () => {
    const recorder = recordingClient()
    const hook = renderFarolHook(
      (props?: { picked?: number }) => ({
        list: useConnectors({ isOpenFinance: true }),
        picked: useConnector(props?.picked),
      }),
      { client: recorder.client },
    )
    await flush()
    hook.rerender({ picked: hook.result.current.list.connectors?.[1]?.id })
    await flush()
    expect(hook.result.current.picked.connector?.name).toBe('Itaú Open Finance')
    expect(recorder.urls.map((url) => url.pathname)).toEqual(['/connectors'])
  })

  it('enabled: false sends nothing', async () => {
    const recorder = recordingClient()
    const hook = renderFarolHook(() => useConnectors({}, { enabled: false }), {
      client: recorder.client,
    })
    await advance(1_000)
    expect(recorder.connectorGets()).toHaveLength(0)
    expect(hook.result.current).toMatchObject({ connectors: undefined, isLoading: false })
  })

  it('a host client without listConnectors: a problem, not a crash', async () => {
    const { listConnectors: _omit, ...client } = sandboxClient()
    const hook = renderFarolHook(() => useConnectors({}), { client })
    await advanceUntil(() => hook.result.current.error !== null, 10_000)
    expect(hook.result.current.error?.kind).toBe('invalid-response')
  })
})

describe('useCreateItem', () => {
  const { sandbox } = useSandbox({ stepMs: 1_000 })
  const SECRET = 'Typed-S3cret-Value!'

  it('creates the item, writes it into the item query, and useItem follows it to UPDATED', async () => {
    const create = renderFarolHook(() => useCreateItem())
    let item: Item | undefined
    const pending = create.result.current
      .create(PLUGGY_BANK_ID, { ...SANDBOX_CREDENTIALS }, { clientUserId: 'user-1' })
      .then((created) => (item = created))
    await flush()
    await pending
    expect(item).toMatchObject({ status: 'UPDATING', clientUserId: 'user-1' })
    expect(create.queryClient.getQueryData(farolKeys.item(item!.id))).toEqual(item)
    expect(create.result.current).toMatchObject({ isPending: false, error: null, fieldErrors: {} })

    const follow = renderFarolHook(() => useItem(item!.id), { queryClient: create.queryClient })
    expect(follow.result.current.item?.id).toBe(item!.id)
    await advanceUntil(() => follow.result.current.item?.status === 'UPDATED', 5 * 60_000)
    expect(follow.result.current.item?.status).toBe('UPDATED')
  })

  it("the reference page's 400 (errors[]): fieldErrors on user and password; reset clears them", async () => {
    sandbox.configure({ validationShape: 'errors' })
    const hook = renderFarolHook(() => useCreateItem())
    const failure = hook.result.current
      .create(VALIDATION_BANK_ID, {
        agency: '0001',
        user: 'abc',
        password: 'S3c',
        accountType: 'PF',
      })
      .catch((e: unknown) => e)
    await flush()
    await failure
    await flush()
    expect(hook.result.current.error).toMatchObject({ kind: 'validation', status: 400 })
    expect(hook.result.current.fieldErrors).toEqual({
      user: ['user parameter length must be at least 6.'],
      password: ['password parameter length must be at least 6.'],
    })
    hook.result.current.reset()
    await flush()
    expect(hook.result.current).toMatchObject({ error: null, fieldErrors: {} })
  })

  it('credentials are in neither the query nor the mutation cache, pending or after', async () => {
    sandbox.injectFault({ latencyMs: 500, match: 'POST /items', times: 1 })
    const hook = renderFarolHook(() => useCreateItem())
    const pending = hook.result.current.create(VALIDATION_BANK_ID, {
      agency: '0001',
      user: SECRET,
      password: SECRET,
      accountType: 'PF',
    })
    await flush()
    expect(hook.result.current.isPending).toBe(true)
    expect(everythingCached(hook.queryClient)).not.toContain(SECRET)
    await advance(500)
    await pending
    expect(everythingCached(hook.queryClient)).not.toContain(SECRET)
  })

  it('a 429 on create: rate-limited with the wait; nothing cached, nothing created', async () => {
    sandbox.injectFault({ rateLimit: 1, match: 'POST /items' })
    const hook = renderFarolHook(() => useCreateItem())
    await hook.result.current.create(PLUGGY_BANK_ID, { ...SANDBOX_CREDENTIALS })
    const failure = hook.result.current
      .create(PLUGGY_BANK_ID, { ...SANDBOX_CREDENTIALS })
      .catch((e: unknown) => e)
    await flush()
    await failure
    await flush()
    expect(hook.result.current.error).toMatchObject({ kind: 'rate-limited', status: 429 })
    expect(sandbox.listItems()).toHaveLength(1)
  })

  it('a 5xx and a dropped connection on create: server / network problems', async () => {
    const hook = renderFarolHook(() => useCreateItem())
    sandbox.injectFault({ errorRate: 1, errorStatus: 500, match: 'POST /items', times: 1 })
    let failure = hook.result.current
      .create(PLUGGY_BANK_ID, { ...SANDBOX_CREDENTIALS })
      .catch((e: unknown) => e)
    await flush()
    await failure
    await flush()
    expect(hook.result.current.error).toMatchObject({ kind: 'server', status: 500 })
    sandbox.injectFault({ dropConnection: true, match: 'POST /items', times: 1 })
    failure = hook.result.current
      .create(PLUGGY_BANK_ID, { ...SANDBOX_CREDENTIALS })
      .catch((e: unknown) => e)
    await flush()
    await failure
    await flush()
    expect(hook.result.current.error).toMatchObject({ kind: 'network', status: 0 })
    expect(sandbox.listItems()).toHaveLength(0)
    expect(hook.queryClient.getQueryCache().findAll({ queryKey: farolKeys.items() })).toHaveLength(
      0,
    )
  })

  it('an OFFLINE connector: connector-offline, and create rejects', async () => {
    const hook = renderFarolHook(() => useCreateItem())
    const failure = hook.result.current
      .create(OFFLINE_BANK_ID, { ...SANDBOX_CREDENTIALS })
      .catch((e: unknown) => e)
    await flush()
    expect(await failure).toBeInstanceOf(Error)
    await flush()
    expect(hook.result.current.error?.kind).toBe('connector-offline')
    expect(hook.result.current.fieldErrors).toEqual({})
  })
})
