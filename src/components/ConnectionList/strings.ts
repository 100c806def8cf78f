import connections from '../../i18n/locales/pt-BR/connections'
import status from '../../i18n/locales/pt-BR/status'

/** The pt-BR strings ConnectionList's rows show (headlines come from `status`). */
export const CONNECTION_LIST_STRINGS = { status, connections }
