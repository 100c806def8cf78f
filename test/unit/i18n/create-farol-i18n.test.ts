import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import {
  FAROL_NAMESPACE,
  createFarolI18n,
  farolLocaleFor,
  loadFarolLocale,
} from '../../../src/i18n'
import ptBR from '../../../src/i18n/locales/pt-BR'

function hostInstance() {
  const host = i18next.createInstance()
  void host.init({
    lng: 'en',
    initAsync: false,
    resources: { en: { translation: { hello: 'Hello' } }, de: { translation: { hello: 'Hallo' } } },
  })
  return host
}

describe('createFarolI18n', () => {
  it('is ready synchronously, in pt-BR, with farol strings', () => {
    const i18n = createFarolI18n()
    expect(i18n.isInitialized).toBe(true)
    expect(i18n.language).toBe('pt-BR')
    expect(i18n.t('common.retry', { ns: FAROL_NAMESPACE })).toBe('Tentar novamente')
  })

  it('does not escape interpolated values (React escapes them)', () => {
    const i18n = createFarolI18n()
    expect(i18n.t('status.retryAt', { ns: FAROL_NAMESPACE, time: '<b>14:00</b>' })).toContain(
      '<b>14:00</b>',
    )
  })

  it('falls back to pt-BR for keys missing in the locale', () => {
    const i18n = createFarolI18n({ locale: 'fr' })
    expect(i18n.t('common.cancel', { ns: FAROL_NAMESPACE })).toBe('Cancelar')
  })

  it('applies overrides per locale without losing the other strings', () => {
    const i18n = createFarolI18n({ resources: { 'pt-BR': { common: { retry: 'De novo' } } } })
    expect(i18n.t('common.retry', { ns: FAROL_NAMESPACE })).toBe('De novo')
    expect(i18n.t('common.cancel', { ns: FAROL_NAMESPACE })).toBe('Cancelar')
  })

  it('keeps overrides to their own instance and never mutates shared objects', () => {
    const overrides = { 'pt-BR': { common: { retry: 'De novo' } } }
    const snapshot = JSON.stringify(overrides)
    createFarolI18n({ resources: overrides })
    const other = createFarolI18n()
    expect(other.t('common.retry', { ns: FAROL_NAMESPACE })).toBe('Tentar novamente')
    expect(ptBR.common.retry).toBe('Tentar novamente')
    other.addResourceBundle('pt-BR', FAROL_NAMESPACE, { common: { cancel: 'X' } }, true, true)
    expect(ptBR.common.cancel).toBe('Cancelar')
    expect(JSON.stringify(overrides)).toBe(snapshot)
  })

  it('never changes the host instance: language, resources or listeners', () => {
    const host = hostInstance()
    const before = JSON.stringify(host.store.data)
    const farol = createFarolI18n({ i18n: host, locale: 'es' })
    void farol.changeLanguage('pt-BR')
    expect(host.language).toBe('en')
    expect(JSON.stringify(host.store.data)).toBe(before)
    expect(host.hasResourceBundle('pt-BR', FAROL_NAMESPACE)).toBe(false)
    expect(host.t('hello')).toBe('Hello')
    expect(farol).not.toBe(host)
  })

  it("follows the host's language when no locale is given", () => {
    const host = hostInstance()
    expect(createFarolI18n({ i18n: host }).language).toBe('en')
  })

  it('takes farol strings the host keeps in its own farol namespace as overrides', () => {
    const host = hostInstance()
    host.addResourceBundle('pt-BR', FAROL_NAMESPACE, { common: { cancel: 'Cancelar já' } })
    const farol = createFarolI18n({ i18n: host, locale: 'pt-BR' })
    expect(farol.t('common.cancel', { ns: FAROL_NAMESPACE })).toBe('Cancelar já')
  })
})

describe('loadFarolLocale', () => {
  it('loads en and es on demand and serves pt-BR for anything else', async () => {
    expect((await loadFarolLocale('en-US')).common.retry).toBe('Try again')
    expect((await loadFarolLocale('es-419')).common.retry).toBe('Intentar de nuevo')
    expect(await loadFarolLocale('pt')).toBe(ptBR)
    expect(await loadFarolLocale('fr')).toBe(ptBR)
  })

  it('maps tags to farol locales', () => {
    expect(farolLocaleFor('en_GB')).toBe('en')
    expect(farolLocaleFor('ES')).toBe('es')
    expect(farolLocaleFor(undefined)).toBe('pt-BR')
  })
})
