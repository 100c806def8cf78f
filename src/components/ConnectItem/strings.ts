import common from '../../i18n/locales/pt-BR/common'
import connect from '../../i18n/locales/pt-BR/connect'
import credentials from '../../i18n/locales/pt-BR/credentials'
import { ITEM_STATUS_STRINGS } from '../ItemConnectionStatus/strings'

/** The pt-BR strings of ConnectItem and every component it shows. */
export const CONNECT_ITEM_STRINGS = { ...ITEM_STATUS_STRINGS, common, credentials, connect }
