import type { FarolLocale } from '../constants'
import type { FarolResources } from '../types'
import type { FarolArea } from './types'

type Loader = () => Promise<{ default: FarolResources[FarolArea] }>
/** The locales farol downloads rather than bundles. */
export type DownloadedLocale = Exclude<FarolLocale, 'pt-BR'>

/** One chunk per locale and area: a host downloads only the strings its components show. */
export const AREA_LOADERS: Record<DownloadedLocale, Record<FarolArea, Loader>> = {
  en: {
    common: () => import('../locales/en/common'),
    status: () => import('../locales/en/status'),
    warnings: () => import('../locales/en/warnings'),
    credentials: () => import('../locales/en/credentials'),
    device: () => import('../locales/en/device'),
    item: () => import('../locales/en/item'),
    connections: () => import('../locales/en/connections'),
    connect: () => import('../locales/en/connect'),
  },
  es: {
    common: () => import('../locales/es/common'),
    status: () => import('../locales/es/status'),
    warnings: () => import('../locales/es/warnings'),
    credentials: () => import('../locales/es/credentials'),
    device: () => import('../locales/es/device'),
    item: () => import('../locales/es/item'),
    connections: () => import('../locales/es/connections'),
    connect: () => import('../locales/es/connect'),
  },
}
