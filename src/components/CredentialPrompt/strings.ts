import common from '../../i18n/locales/pt-BR/common'
import credentials from '../../i18n/locales/pt-BR/credentials'

/** The pt-BR strings CredentialPrompt shows; other languages download them by area. */
export const CREDENTIAL_PROMPT_STRINGS = { common, credentials }
