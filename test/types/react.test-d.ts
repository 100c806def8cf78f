// The React surface as a host's TypeScript sees it: hooks, components, the client.
import type { ComponentProps, ComponentPropsWithoutRef, Ref } from 'react'
import {
  queryOptions,
  useQueries,
  useQuery,
  useSuspenseQuery,
  type QueryClient,
  type UseQueryResult,
} from '@tanstack/react-query'
import { describe, expectTypeOf, it } from 'vitest'
import type { ApiProblem, Connector, Item, ItemGuidance } from '../../src/core'
import { createPluggyClient, type PluggyClient, type PluggyClientOptions } from '../../src/client'
import {
  connectorQueryOptions,
  itemQueryOptions,
  useItem,
  useItemGuidance,
  useUpdateItem,
  type UseItemGuidanceResult,
  type UseItemResult,
  type FarolProvider,
  type UseUpdateItemResult,
  type ConnectorQueryKey,
  type ItemQueryKey,
} from '../../src/react'
import type {
  ItemConnectionStatus,
  ItemConnectionStatusProps,
  StatusBanner,
} from '../../src/components'
import en from '../../src/i18n/locales/en'
import es from '../../src/i18n/locales/es'
import type { FarolResourceOverrides, FarolResources } from '../../src/i18n'

const item = {} as Item

describe('hooks', () => {
  it('useItem: an optional id, the item and its guidance, problems as ApiProblem', () => {
    expectTypeOf(useItem).parameter(0).toEqualTypeOf<string | undefined>()
    expectTypeOf(useItem).returns.toEqualTypeOf<UseItemResult>()
    expectTypeOf<UseItemResult['item']>().toEqualTypeOf<Item | undefined>()
    expectTypeOf<UseItemResult['guidance']>().toEqualTypeOf<ItemGuidance | undefined>()
    expectTypeOf<UseItemResult['error']>().toEqualTypeOf<ApiProblem | undefined>()
    expectTypeOf<UseItemResult['isFetching']>().toBeBoolean()
    expectTypeOf<UseItemResult['refetch']>().returns.toEqualTypeOf<Promise<void>>()
  })

  it('useItemGuidance: actions that resolve with the item and never reject with a type', () => {
    expectTypeOf(useItemGuidance).parameter(0).toBeString()
    expectTypeOf(useItemGuidance).returns.toEqualTypeOf<UseItemGuidanceResult>()
    expectTypeOf<UseItemGuidanceResult['retry']>().toEqualTypeOf<() => Promise<Item | undefined>>()
    expectTypeOf<UseItemGuidanceResult['submitCredentials']>()
      .parameter(0)
      .toEqualTypeOf<Record<string, string>>()
    expectTypeOf<UseItemGuidanceResult['fieldErrors']>().toEqualTypeOf<Record<string, string[]>>()
    expectTypeOf<UseItemGuidanceResult['retryAt']>().toEqualTypeOf<string | undefined>()
  })

  it('useUpdateItem: update with or without new credentials', () => {
    expectTypeOf(useUpdateItem).returns.toEqualTypeOf<UseUpdateItemResult>()
    const { update } = {} as UseUpdateItemResult
    expectTypeOf(update).toBeCallableWith()
    expectTypeOf(update).toBeCallableWith({ user: 'u', password: 'p' })
    expectTypeOf(update).returns.toEqualTypeOf<Promise<Item | undefined>>()
    expectTypeOf<UseUpdateItemResult['error']>().toEqualTypeOf<ApiProblem | undefined>()
    expectTypeOf<UseUpdateItemResult['isPending']>().toBeBoolean()
  })
})

describe('query options for hosts', () => {
  const client = {} as PluggyClient
  const queryClient = {} as QueryClient
  const itemOptions = itemQueryOptions(client, 'item-1')
  const connectorOptions = connectorQueryOptions(client, 0)

  it('the key is farolKeys’ key, tagged with its data for the cache', () => {
    expectTypeOf(itemOptions.queryKey).toExtend<ItemQueryKey>()
    expectTypeOf(connectorOptions.queryKey).toExtend<ConnectorQueryKey>()
    expectTypeOf(queryClient.getQueryData(itemOptions.queryKey)).toEqualTypeOf<Item | undefined>()
    expectTypeOf(queryClient.getQueryData(connectorOptions.queryKey)).toEqualTypeOf<
      Connector | undefined
    >()
    expectTypeOf(
      queryClient.setQueryData(itemOptions.queryKey, (item) => {
        expectTypeOf(item).toEqualTypeOf<Item | undefined>()
        return item
      }),
    ).toEqualTypeOf<Item | undefined>()
  })

  it('usable as is with useQuery, useSuspenseQuery, useQueries and the imperative API', () => {
    expectTypeOf(useQuery(itemOptions)).toEqualTypeOf<UseQueryResult<Item, Error>>()
    expectTypeOf(useQuery({ ...itemOptions, enabled: false }).data).toEqualTypeOf<
      Item | undefined
    >()
    expectTypeOf(useSuspenseQuery(connectorOptions).data).toEqualTypeOf<Connector>()
    expectTypeOf(useQueries({ queries: [itemOptions, connectorOptions] })).toEqualTypeOf<
      [UseQueryResult<Item, Error>, UseQueryResult<Connector, Error>]
    >()
    expectTypeOf(queryClient.fetchQuery(itemOptions)).toEqualTypeOf<Promise<Item>>()
    expectTypeOf(queryClient.ensureQueryData(connectorOptions)).toEqualTypeOf<Promise<Connector>>()
    expectTypeOf(queryClient.prefetchQuery(itemOptions)).toEqualTypeOf<Promise<void>>()
  })

  it('extendable through queryOptions, with select', () => {
    const status = queryOptions({ ...itemOptions, select: (item) => item.status })
    expectTypeOf(useQuery(status).data).toEqualTypeOf<Item['status'] | undefined>()
  })
})

describe('ItemConnectionStatus props', () => {
  it('takes an item (presentational) or an itemId (connected)', () => {
    expectTypeOf({ item }).toExtend<ItemConnectionStatusProps>()
    expectTypeOf({ item, onRetry: () => {} }).toExtend<ItemConnectionStatusProps>()
    expectTypeOf({ itemId: 'item-1' }).toExtend<ItemConnectionStatusProps>()
    expectTypeOf({
      itemId: 'item-1',
      headingLevel: 3 as const,
    }).toExtend<ItemConnectionStatusProps>()
    expectTypeOf<ItemConnectionStatusProps>().toExtend<
      ComponentPropsWithoutRef<typeof ItemConnectionStatus>
    >()
    // It forwards a ref to its root element.
    expectTypeOf<ComponentProps<typeof ItemConnectionStatus>['ref']>().toExtend<
      Ref<HTMLDivElement> | undefined
    >()
  })

  it('refuses both, neither, and an id that is not a string', () => {
    expectTypeOf({ item, itemId: 'item-1' }).not.toExtend<ItemConnectionStatusProps>()
    expectTypeOf({}).not.toExtend<ItemConnectionStatusProps>()
    expectTypeOf({ onRetry: () => {} }).not.toExtend<ItemConnectionStatusProps>()
    expectTypeOf({ itemId: 42 }).not.toExtend<ItemConnectionStatusProps>()
  })

  it('StatusBanner needs guidance', () => {
    expectTypeOf<ComponentProps<typeof StatusBanner>>().toHaveProperty('guidance')
  })
})

describe('createPluggyClient', () => {
  it('takes an apiKey, a getApiKey (sync or async), or neither for a proxy', () => {
    expectTypeOf(createPluggyClient).toBeCallableWith({ apiKey: 'connect-token' })
    expectTypeOf(createPluggyClient).toBeCallableWith({ getApiKey: () => 'connect-token' })
    expectTypeOf(createPluggyClient).toBeCallableWith({
      getApiKey: async () => 'connect-token',
      onAuthError: async () => {},
    })
    expectTypeOf(createPluggyClient).toBeCallableWith({ baseUrl: '/api/pluggy' })
    expectTypeOf(createPluggyClient).toBeCallableWith()
  })

  it('refuses keys that are not strings', () => {
    expectTypeOf({ apiKey: 42 }).not.toExtend<PluggyClientOptions>()
    expectTypeOf({ getApiKey: () => 42 }).not.toExtend<PluggyClientOptions>()
    expectTypeOf({ getApiKey: 'connect-token' }).not.toExtend<PluggyClientOptions>()
  })

  it('returns a client FarolProvider takes, with every method', () => {
    const client = createPluggyClient({ apiKey: 'k' })
    expectTypeOf(client).toExtend<PluggyClient>()
    expectTypeOf(client.deleteItem).toBeFunction()
    expectTypeOf(client.getItem).returns.toEqualTypeOf<Promise<Item>>()
    expectTypeOf({ client }).toExtend<ComponentProps<typeof FarolProvider>>()
  })
})

describe('locales', () => {
  it('en and es have the shape of pt-BR; overrides are deep partials per locale', () => {
    expectTypeOf(en).toEqualTypeOf<FarolResources>()
    expectTypeOf(es).toEqualTypeOf<FarolResources>()
    expectTypeOf({ en: { common: { retry: 'Again' } } }).toExtend<FarolResourceOverrides>()
    expectTypeOf({ en: { common: { retry: 42 } } }).not.toExtend<FarolResourceOverrides>()
  })
})
