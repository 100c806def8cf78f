import type { i18n as I18n } from 'i18next'
import { DEFAULT_LOCALE, FAROL_NAMESPACE, type FarolLocale } from './constants'
import { copyTree } from './copy-tree'
import { loadFarolLocale } from './load-locale'
import { farolLocaleFor } from './resolve-locale'
import type { FarolResources } from './types'

// Bundles already downloaded in this page, so later instances get them synchronously.
const downloaded = new Map<FarolLocale, FarolResources>()
// Which farol locales each instance already holds (overrides alone do not count).
const present = new WeakMap<I18n, Set<FarolLocale>>()

function presentIn(i18n: I18n): Set<FarolLocale> {
  let set = present.get(i18n)
  if (!set) {
    set = new Set([DEFAULT_LOCALE])
    present.set(i18n, set)
  }
  return set
}

function addBundle(i18n: I18n, locale: FarolLocale, bundle: FarolResources): void {
  // overwrite = false: the host's overrides, added earlier, keep winning.
  i18n.addResourceBundle(locale, FAROL_NAMESPACE, copyTree(bundle), true, false)
  presentIn(i18n).add(locale)
}

/** Adds farol's strings for `locale` if this page already downloaded them. */
export function addDownloadedLocale(i18n: I18n, locale: string): boolean {
  const farolLocale = farolLocaleFor(locale)
  if (presentIn(i18n).has(farolLocale)) return true
  const bundle = downloaded.get(farolLocale)
  if (bundle) addBundle(i18n, farolLocale, bundle)
  return bundle !== undefined
}

/** Makes sure `i18n` has farol's strings for `locale`, downloading them if needed. */
export async function ensureFarolLocale(i18n: I18n, locale: string): Promise<void> {
  if (addDownloadedLocale(i18n, locale)) return
  const farolLocale = farolLocaleFor(locale)
  const bundle = await loadFarolLocale(farolLocale)
  downloaded.set(farolLocale, bundle)
  if (!presentIn(i18n).has(farolLocale)) addBundle(i18n, farolLocale, bundle)
}
