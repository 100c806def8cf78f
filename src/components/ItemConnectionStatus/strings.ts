import common from '../../i18n/locales/pt-BR/common'
import status from '../../i18n/locales/pt-BR/status'
import warnings from '../../i18n/locales/pt-BR/warnings'
import credentials from '../../i18n/locales/pt-BR/credentials'
import device from '../../i18n/locales/pt-BR/device'
import item from '../../i18n/locales/pt-BR/item'

/** The pt-BR strings of ItemConnectionStatus and every component it may show. */
export const ITEM_STATUS_STRINGS = { common, status, warnings, credentials, device, item }
