/** The i18next namespace farol keeps all its strings in. */
export const FAROL_NAMESPACE = 'farol'

/** Where farol's own strings sit, after the host's overrides in FAROL_NAMESPACE. */
export const FAROL_STRINGS_NAMESPACE = 'farol-strings'

/** The default locale and the source of truth for every string. */
export const DEFAULT_LOCALE = 'pt-BR'

/** Locales farol ships strings for. Others fall back to pt-BR. */
export const FAROL_LOCALES = ['pt-BR', 'en', 'es'] as const
export type FarolLocale = (typeof FAROL_LOCALES)[number]
