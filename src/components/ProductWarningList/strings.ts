import common from '../../i18n/locales/pt-BR/common'
import warnings from '../../i18n/locales/pt-BR/warnings'

/** The pt-BR strings ProductWarningList shows; other languages download them by area. */
export const PRODUCT_WARNING_STRINGS = { common, warnings }
