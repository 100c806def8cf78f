import type { i18n as I18n } from 'i18next'
import { createContext } from 'react'

/** The farol i18next instance components translate with; null without a provider. */
export const FarolI18nContext = createContext<I18n | null>(null)
