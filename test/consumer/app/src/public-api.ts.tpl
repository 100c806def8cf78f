// Type-checked (tsc --noEmit, moduleResolution "bundler") against the installed package.
import {
  FarolProvider,
  ItemConnectionStatus,
  createPluggyClient,
  useItem,
  useItemGuidance,
  useUpdateItem,
  type FarolResources,
  type ItemConnectionStatusProps,
} from 'farol'
import { describeItem, parseItem, type GuidedAction, type Item, type ItemGuidance } from 'farol/core'
import en from 'farol/locales/en'
import es from 'farol/locales/es'
import ptBR from 'farol/locales/pt-BR'

export const bundles: FarolResources[] = [en, es, ptBR]

const item: Item = parseItem({ id: 'x', status: 'SOMETHING_NEW' })
export const guidance: ItemGuidance = describeItem(item, { criticalProducts: ['transactions'] })

export function primaryUrl(action: GuidedAction): string | undefined {
  switch (action.type) {
    case 'act-at-institution':
      return action.resetPasswordUrl
    default:
      return undefined
  }
}

export const presentational: ItemConnectionStatusProps = { item }
export const connected: ItemConnectionStatusProps = { itemId: 'x' }
// @ts-expect-error: `item` or `itemId`, not both
export const both: ItemConnectionStatusProps = { item, itemId: 'x' }

export const withKey = createPluggyClient({ apiKey: 'key' })
export const withToken = createPluggyClient({ getApiKey: async () => 'token' })
export const components = [FarolProvider, ItemConnectionStatus] as const
export const hooks = [useItem, useItemGuidance, useUpdateItem] as const
