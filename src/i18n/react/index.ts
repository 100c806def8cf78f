export { FarolI18nProvider, type FarolI18nProviderProps } from './FarolI18nProvider'
export { useFarolTranslation, type FarolTranslation } from './use-farol-translation'
export { FarolI18nContext } from './context'
