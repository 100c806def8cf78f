import i18next, { type i18n as I18n } from 'i18next'
import { DEFAULT_LOCALE, FAROL_NAMESPACE } from './constants'
import { copyTree } from './copy-tree'
import ptBR from './locales/pt-BR'
import type { FarolResourceOverrides } from './types'

export interface CreateFarolI18nOptions {
  /** BCP 47 tag, e.g. `pt-BR`, `en`, `es-419`. Default: the host instance's language, else pt-BR. */
  locale?: string
  /** Per-locale overrides of any farol string. They win over farol's own strings. */
  resources?: FarolResourceOverrides
  /** The host's i18next instance: only read, never changed. */
  i18n?: I18n
}

/**
 * farol's own i18next instance, initialised synchronously with pt-BR.
 *
 * With a host instance, farol still creates its own instance rather than cloning or
 * writing into the host's: a clone shares the host's services (its language detector
 * would cache farol's language, its backend would fetch a `farol` namespace, an ICU
 * plugin would reinterpret farol's `{{value}}` strings). The host instance is only
 * read: its language (when no `locale` is given) and any `farol` namespace bundles it
 * already holds, which act as overrides.
 */
export function createFarolI18n(options: CreateFarolI18nOptions = {}): I18n {
  const { locale, resources, i18n: host } = options
  const instance = i18next.createInstance()
  void instance.init({
    lng: locale ?? hostLanguage(host) ?? DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    ns: [FAROL_NAMESPACE],
    defaultNS: FAROL_NAMESPACE,
    resources: { [DEFAULT_LOCALE]: { [FAROL_NAMESPACE]: copyTree(ptBR) } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  if (host) {
    for (const [lng, bundle] of Object.entries(host.store?.data ?? {})) {
      const farolBundle = bundle[FAROL_NAMESPACE]
      if (farolBundle) {
        instance.addResourceBundle(lng, FAROL_NAMESPACE, copyTree(farolBundle), true, true)
      }
    }
  }
  for (const [lng, bundle] of Object.entries(resources ?? {})) {
    instance.addResourceBundle(lng, FAROL_NAMESPACE, copyTree(bundle), true, true)
  }
  return instance
}

function hostLanguage(host: I18n | undefined): string | undefined {
  return host?.resolvedLanguage ?? host?.language
}
