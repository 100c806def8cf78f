import device from '../../i18n/locales/pt-BR/device'

/** The pt-BR strings UserActionNotice shows; other languages download them by area. */
export const USER_ACTION_STRINGS = { device }
