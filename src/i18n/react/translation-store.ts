import type { i18n as I18n } from 'i18next'
import { getOrCreate } from '../../core/get-or-create'
import { activeLocale } from '../active-locale'
import { formattersFor, serverFormattersFor, type FarolFormatters } from '../format'
import { createTranslate } from '../translate'
import type { FarolTranslate } from '../types'

export interface FarolTranslation extends FarolFormatters {
  /** Translates a farol key; a missing key gives '' (never the key path). */
  t: FarolTranslate
  /** The locale dates and numbers are formatted in, e.g. `pt-BR`. */
  locale: string
  /** The farol i18next instance (for `exists` checks and advanced use). */
  i18n: I18n
  /** Changes whenever the language or the strings change (useful as a memo key). */
  version: number
}

interface Store {
  version: number
  /** Built on first read after a change, then shared by every component. */
  translation?: FarolTranslation
  /** The same, with formatters a server render and its hydration agree on. */
  serverTranslation?: FarolTranslation
  listeners: Set<() => void>
}

const stores = new WeakMap<I18n, Store>()

// The listeners stay for the instance's lifetime so no change is missed
// between a render and its subscription.
function storeFor(i18n: I18n): Store {
  return getOrCreate(stores, i18n, () => {
    const store: Store = { version: 0, listeners: new Set() }
    const changed = () => {
      store.version += 1
      store.translation = undefined
      store.serverTranslation = undefined
      store.listeners.forEach((listener) => listener())
    }
    i18n.on('languageChanged', changed)
    i18n.store?.on('added', changed)
    i18n.store?.on('removed', changed)
    return store
  })
}

export function subscribeToTranslation(i18n: I18n, listener: () => void): () => void {
  const { listeners } = storeFor(i18n)
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/**
 * The instance's current translation: one object per language and strings, so a list
 * of 500 connections computes the locale and binds `t` once, not once per component.
 */
export function currentTranslation(i18n: I18n): FarolTranslation {
  const store = storeFor(i18n)
  if (!store.translation) {
    const locale = activeLocale(i18n)
    store.translation = {
      ...formattersFor(locale),
      t: createTranslate(i18n),
      locale,
      i18n,
      version: store.version,
    }
  }
  return store.translation
}

/**
 * What components render on the server and while hydrating (React's server snapshot):
 * the current translation with dates printed in UTC and never relative to the clock, so
 * the browser's first render matches the server's HTML in any time zone. React renders
 * again with `currentTranslation` right after hydration.
 */
export function serverTranslation(i18n: I18n): FarolTranslation {
  const store = storeFor(i18n)
  const translation = currentTranslation(i18n)
  store.serverTranslation ??= { ...translation, ...serverFormattersFor(translation.locale) }
  return store.serverTranslation
}
