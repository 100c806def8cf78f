import common from '../../i18n/locales/pt-BR/common'
import status from '../../i18n/locales/pt-BR/status'

/** The pt-BR strings StatusBanner shows; other languages download them by area. */
export const STATUS_BANNER_STRINGS = { common, status }
