import common from '../../i18n/locales/pt-BR/common'
import connect from '../../i18n/locales/pt-BR/connect'

/** The pt-BR strings ConnectorPicker shows; other languages download them by area. */
export const CONNECTOR_PICKER_STRINGS = { common, connect }
