import type { i18n as I18n } from 'i18next'
import { getOrCreate } from '../../core/get-or-create'
import { DEFAULT_LOCALE, FAROL_NAMESPACE } from '../constants'
import { copyTree } from '../copy-tree'
import type { AreaStrings, FarolArea } from './types'

/**
 * Where an instance gets the areas in its language that are not pt-BR: the strings
 * this page already downloaded, or a download. FarolI18nProvider sets one; without
 * it an instance stays in pt-BR (and components bundle no download code).
 */
export interface AreaSupplier {
  /** The strings of `area` in the instance's language, if already downloaded. */
  downloaded(area: FarolArea): unknown
  /** Downloads the areas in use that the instance lacks, then adds them. */
  download(): void
}

const areasOf = new WeakMap<I18n, Set<FarolArea>>()
const suppliers = new WeakMap<I18n, AreaSupplier>()

/** The areas an instance's components use (their pt-BR strings are in it). */
export function areasInUse(i18n: I18n): Set<FarolArea> {
  return getOrCreate(areasOf, i18n, () => new Set())
}

export function setAreaSupplier(i18n: I18n, supplier: AreaSupplier): void {
  suppliers.set(i18n, supplier)
}

export function addArea(
  i18n: I18n,
  locale: string,
  area: FarolArea,
  tree: unknown,
  silent: boolean,
) {
  // overwrite = false: the host's overrides, added earlier, keep winning. Silent while
  // rendering: the strings are there before they are read, and nobody else must update.
  i18n.addResourceBundle(locale, FAROL_NAMESPACE, { [area]: copyTree(tree) }, true, false, {
    silent,
  })
}

/**
 * Called while a component renders: puts the pt-BR strings of the areas it shows into
 * the instance, with their translation when the page already has it (else it is
 * downloaded, and pt-BR shows meanwhile).
 */
export function registerAreas(i18n: I18n, strings: AreaStrings): void {
  const areas = areasInUse(i18n)
  const supplier = suppliers.get(i18n)
  let missing = false
  for (const [area, tree] of Object.entries(strings) as Array<[FarolArea, unknown]>) {
    if (areas.has(area)) continue
    areas.add(area)
    addArea(i18n, DEFAULT_LOCALE, area, tree, true)
    if (supplier) missing = supplier.downloaded(area) === undefined || missing
  }
  if (missing) supplier!.download()
}
