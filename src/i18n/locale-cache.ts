import type { i18n as I18n } from 'i18next'
import { getOrCreate } from '../core/get-or-create'
import { DEFAULT_LOCALE } from './constants'
import { AREA_LOADERS, type DownloadedLocale } from './areas/area-loaders'
import { addArea, areasInUse, setAreaSupplier } from './areas/registry'
import type { FarolArea } from './areas/types'
import { farolLocaleFor } from './resolve-locale'

type Key = `${DownloadedLocale}/${FarolArea}`

// Strings already downloaded in this page (and downloads under way), so later
// instances get them synchronously and nothing is fetched twice.
const downloaded = new Map<Key, unknown>()
const downloads = new Map<Key, Promise<unknown>>()
// The downloaded areas each instance holds (overrides alone do not count).
const heldBy = new WeakMap<I18n, Set<Key>>()

function heldIn(i18n: I18n): Set<Key> {
  return getOrCreate(heldBy, i18n, () => new Set())
}

function downloadedLocaleOf(locale: string | undefined): DownloadedLocale | undefined {
  const farolLocale = farolLocaleFor(locale)
  return farolLocale === DEFAULT_LOCALE ? undefined : farolLocale
}

/** Adds `area` in `locale` if this page downloaded it; its strings, or undefined. */
function addIfDownloaded(i18n: I18n, locale: DownloadedLocale, area: FarolArea, silent: boolean) {
  const key: Key = `${locale}/${area}`
  const held = heldIn(i18n)
  if (downloaded.has(key) && !held.has(key)) {
    addArea(i18n, locale, area, downloaded.get(key), silent)
    held.add(key)
  }
  return downloaded.get(key)
}

export function downloadArea(locale: DownloadedLocale, area: FarolArea): Promise<unknown> {
  const key: Key = `${locale}/${area}`
  let download = downloads.get(key)
  if (!download) {
    download = AREA_LOADERS[locale][area]().then((module) => {
      downloaded.set(key, module.default)
      return module.default
    })
    // A failed download may be tried again later (e.g. once the network is back).
    download.catch(() => downloads.delete(key))
    downloads.set(key, download)
  }
  return download
}

/** Makes sure `i18n` has farol's strings for `locale` in every area its components use. */
export async function ensureFarolLocale(i18n: I18n, locale: string): Promise<void> {
  const downloadedLocale = downloadedLocaleOf(locale)
  if (!downloadedLocale) return
  const areas = [...areasInUse(i18n)]
  await Promise.all(areas.map((area) => downloadArea(downloadedLocale, area)))
  for (const area of areas) addIfDownloaded(i18n, downloadedLocale, area, false)
}

/**
 * Lets components that mount later, in a language other than pt-BR, get their areas:
 * from this page's downloads at once, else downloaded (pt-BR shows meanwhile).
 */
export function supplyDownloadedAreas(i18n: I18n): void {
  setAreaSupplier(i18n, {
    downloaded(area) {
      const locale = downloadedLocaleOf(i18n.language)
      return locale ? addIfDownloaded(i18n, locale, area, true) : null
    },
    download() {
      const locale = downloadedLocaleOf(i18n.language)
      // Failures leave those components in pt-BR.
      if (locale) ensureFarolLocale(i18n, locale).catch(() => {})
    },
  })
}
