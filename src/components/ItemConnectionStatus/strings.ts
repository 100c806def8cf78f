import common from '../../i18n/locales/pt-BR/common'
import status from '../../i18n/locales/pt-BR/status'
import warnings from '../../i18n/locales/pt-BR/warnings'
import credentials from '../../i18n/locales/pt-BR/credentials'
import device from '../../i18n/locales/pt-BR/device'

/** The pt-BR strings ItemConnectionStatus and the components it shows shows; other languages download them by area. */
export const ITEM_STATUS_STRINGS = { common, status, warnings, credentials, device }
