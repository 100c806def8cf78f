import i18next, { type i18n as I18n } from 'i18next'
import { DEFAULT_LOCALE, FAROL_NAMESPACE, FAROL_STRINGS_NAMESPACE } from './constants'
import { BUNDLED_STRINGS } from './areas/registry'
import { copyTree } from './copy-tree'
import type { CreateFarolI18nOptions } from './create-farol-i18n'

/**
 * farol's own i18next instance with the overrides. farol's strings are not copied in:
 * the instance holds the page's shared cache of them by reference (BUNDLED_STRINGS),
 * which components fill with the areas they show.
 *
 * With a host instance, farol still creates its own instance rather than cloning or
 * writing into the host's: a clone shares the host's services (its language detector
 * would cache farol's language, its backend would fetch a `farol` namespace, an ICU
 * plugin would reinterpret farol's `{{value}}` strings). The host instance is only
 * read: its language (when no `locale` is given) and any `farol` namespace bundles it
 * already holds, which act as overrides.
 */
export function createFarolInstance(options: CreateFarolI18nOptions = {}): I18n {
  const { locale, resources, i18n: host } = options
  const instance = i18next.createInstance()
  void instance.init({
    lng: locale ?? host?.resolvedLanguage ?? host?.language ?? DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    ns: [FAROL_NAMESPACE],
    defaultNS: FAROL_NAMESPACE,
    fallbackNS: FAROL_STRINGS_NAMESPACE,
    resources: Object.fromEntries(
      Object.entries(BUNDLED_STRINGS).map(([lng, areas]) => [
        lng,
        { [FAROL_STRINGS_NAMESPACE]: areas },
      ]),
    ),
    initAsync: false,
    interpolation: { escapeValue: false },
  })
  const overrides = [...Object.entries(host?.store?.data ?? {})].map(
    ([lng, bundle]) => [lng, bundle[FAROL_NAMESPACE]] as const,
  )
  for (const [lng, bundle] of [...overrides, ...Object.entries(resources ?? {})]) {
    if (bundle) instance.addResourceBundle(lng, FAROL_NAMESPACE, copyTree(bundle), true, true)
  }
  return instance
}
