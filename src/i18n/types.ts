import type ptBR from './locales/pt-BR'

/** The shape of farol's strings; pt-BR is the source of truth. */
export type FarolResources = typeof ptBR

export type DeepPartial<T> = T extends string ? T : { [K in keyof T]?: DeepPartial<T[K]> }

/** Per-locale overrides, e.g. `{ 'pt-BR': { common: { retry: 'De novo' } } }`. */
export type FarolResourceOverrides = Record<string, DeepPartial<FarolResources>>

type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other'
type StripPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K

type KeyPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? StripPlural<K> : `${K}.${KeyPaths<T[K]>}`
}[keyof T & string]

/** Every key of farol's strings, dot-separated, plural suffixes removed. */
export type FarolKey = KeyPaths<FarolResources>

export type FarolTranslate = (key: FarolKey, values?: Record<string, unknown>) => string
