import type { i18n as I18n } from 'i18next'
import { getOrCreate } from '../../core/get-or-create'
import { DEFAULT_LOCALE } from '../constants'
import { copyTree } from '../copy-tree'
import type { AreaStrings, FarolArea } from './types'

/**
 * farol's own strings, by language and area: pt-BR as components first show them, en
 * and es as this page downloads them. Every farol instance holds these objects by
 * reference (namespace `farol-strings`, looked up after the overrides in `farol`), so
 * a component reads strings another instance brought in without anyone calling
 * i18next while rendering. A cache of constants, like React Aria's string dictionaries:
 * filling it never changes a text already on screen.
 */
export const BUNDLED_STRINGS: Record<string, Record<string, unknown>> = {
  [DEFAULT_LOCALE]: {},
  en: {},
  es: {},
}

/** Puts the pt-BR strings of these areas into the shared cache (once per area). */
export function cacheDefaultStrings(strings: AreaStrings): void {
  const defaults = BUNDLED_STRINGS[DEFAULT_LOCALE]!
  for (const area in strings) {
    defaults[area] ??= copyTree(strings[area as FarolArea])
  }
}

/**
 * Where an instance gets the areas in its language that are not pt-BR. FarolI18nProvider
 * sets one; without it an instance stays in pt-BR (and components bundle no download code).
 */
export interface AreaSupplier {
  /** Downloads the areas in use that the instance lacks, then announces them. */
  download(): void
}

const areasOf = new WeakMap<I18n, Set<FarolArea>>()
const suppliers = new WeakMap<I18n, AreaSupplier>()

/** The areas an instance's components have shown. */
export function areasInUse(i18n: I18n): Set<FarolArea> {
  return getOrCreate(areasOf, i18n, () => new Set())
}

export function setAreaSupplier(i18n: I18n, supplier: AreaSupplier): void {
  suppliers.set(i18n, supplier)
}

/**
 * Called from an effect once a component showed these areas: records them, and asks
 * for their translation when the instance is in a language the page has not downloaded.
 */
export function noteAreasInUse(i18n: I18n, strings: AreaStrings): void {
  const areas = areasInUse(i18n)
  let added = false
  for (const area in strings) {
    if (areas.has(area as FarolArea)) continue
    areas.add(area as FarolArea)
    added = true
  }
  if (added) suppliers.get(i18n)?.download()
}
