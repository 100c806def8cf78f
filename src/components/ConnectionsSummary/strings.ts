import connections from '../../i18n/locales/pt-BR/connections'

/** The pt-BR strings ConnectionsSummary shows; other languages download them by area. */
export const CONNECTIONS_SUMMARY_STRINGS = { connections }
