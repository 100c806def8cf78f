import common from '../../i18n/locales/pt-BR/common'
import device from '../../i18n/locales/pt-BR/device'

/** The pt-BR strings DeviceAuthorizationNotice shows; other languages download them by area. */
export const DEVICE_NOTICE_STRINGS = { common, device }
