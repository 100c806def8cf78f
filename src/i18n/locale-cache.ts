import type { i18n as I18n } from 'i18next'
import { getOrCreate } from '../core/get-or-create'
import { DEFAULT_LOCALE, FAROL_STRINGS_NAMESPACE } from './constants'
import { AREA_LOADERS, type DownloadedLocale } from './areas/area-loaders'
import { areasInUse, BUNDLED_STRINGS, setAreaSupplier } from './areas/registry'
import type { FarolArea } from './areas/types'
import { farolLocaleFor } from './resolve-locale'

type Key = `${DownloadedLocale}/${FarolArea}`

// Downloads under way or done, so nothing is fetched twice. The strings themselves go
// into BUNDLED_STRINGS, which every instance reads.
const downloads = new Map<Key, Promise<unknown>>()
// The downloaded areas each instance has announced to its components.
const announcedBy = new WeakMap<I18n, Set<Key>>()

function downloadedLocaleOf(locale: string | undefined): DownloadedLocale | undefined {
  const farolLocale = farolLocaleFor(locale)
  return farolLocale === DEFAULT_LOCALE ? undefined : farolLocale
}

export function downloadArea(locale: DownloadedLocale, area: FarolArea): Promise<unknown> {
  const key: Key = `${locale}/${area}`
  let download = downloads.get(key)
  if (!download) {
    download = AREA_LOADERS[locale][area]().then((module) => {
      BUNDLED_STRINGS[locale]![area] = module.default
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
  const announced = getOrCreate(announcedBy, i18n, () => new Set())
  const fresh = areas.filter((area) => !announced.has(`${downloadedLocale}/${area}`))
  if (fresh.length === 0) return
  for (const area of fresh) announced.add(`${downloadedLocale}/${area}`)
  // The strings are already in the instance (shared by reference): adding nothing
  // tells its components to render again with them.
  i18n.addResourceBundle(downloadedLocale, FAROL_STRINGS_NAMESPACE, {}, true, false)
}

/**
 * Lets components that mount later, in a language other than pt-BR, get their areas:
 * downloaded from an effect (pt-BR shows meanwhile) unless this page already has them.
 */
export function supplyDownloadedAreas(i18n: I18n): void {
  const announced = getOrCreate(announcedBy, i18n, () => new Set())
  // What the page downloaded before this instance existed, it shows from its first render.
  for (const key of downloads.keys()) {
    const [locale, area] = key.split('/') as [DownloadedLocale, string]
    if (area in BUNDLED_STRINGS[locale]!) announced.add(key)
  }
  setAreaSupplier(i18n, {
    download() {
      const locale = downloadedLocaleOf(i18n.language)
      // Failures leave those components in pt-BR.
      if (locale) ensureFarolLocale(i18n, locale).catch(() => {})
    },
  })
}
