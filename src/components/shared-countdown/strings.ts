import device from '../../i18n/locales/pt-BR/device'

/** The pt-BR strings CountdownNotice shows; other languages download them by area. */
export const COUNTDOWN_NOTICE_STRINGS = { device }
