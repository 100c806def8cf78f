import { describe, expect, it } from 'vitest'
import { GUIDANCE_REASONS, KNOWN_WARNINGS, PRODUCT_KEYS, SYNC_STEPS } from '../../../src/core'
import type { GuidedActionType } from '../../../src/core'
import en from '../../../src/i18n/locales/en'
import es from '../../../src/i18n/locales/es'
import ptBR from '../../../src/i18n/locales/pt-BR'

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

const locales = { 'pt-BR': ptBR, en, es } as Record<string, Tree>
const flat = Object.fromEntries(
  Object.entries(locales).map(([locale, tree]) => [locale, flatten(tree)]),
)
const source = flat['pt-BR']!

const ACTION_TYPES: GuidedActionType[] = [
  'wait',
  'update-credentials',
  'provide-mfa',
  'authorize-device',
  'complete-user-action',
  'act-at-institution',
  'renew-consent',
  'retry',
  'contact-support',
]

describe('locale resources', () => {
  it.each(['en', 'es'])('%s has exactly the keys of pt-BR', (locale) => {
    expect([...flat[locale]!.keys()].sort()).toEqual([...source.keys()].sort())
  })

  it.each(Object.keys(locales))('%s has no empty value', (locale) => {
    for (const [key, value] of flat[locale]!) {
      expect(value.trim(), `${locale}: ${key}`).not.toBe('')
    }
  })

  it.each(Object.keys(locales))('%s keeps the interpolation placeholders of pt-BR', (locale) => {
    const placeholders = (text: string) => (text.match(/{{\s*\w+\s*}}/g) ?? []).sort()
    for (const [key, value] of source) {
      expect(placeholders(flat[locale]!.get(key) ?? ''), `${locale}: ${key}`).toEqual(
        placeholders(value),
      )
    }
  })

  it.each(Object.keys(locales))('%s shows no raw enum name or English jargon', (locale) => {
    for (const [key, value] of flat[locale]!) {
      expect(value, `${locale}: ${key}`).not.toMatch(/[A-Z]{3,}_[A-Z_]+/)
      expect(value, `${locale}: ${key}`).not.toMatch(/\b(undefined|null|NaN)\b/)
    }
  })

  it('has a headline and an explanation for every guidance reason', () => {
    for (const reason of Object.values(GUIDANCE_REASONS).flat()) {
      expect(source.get(`status.reason.${reason}.headline`), reason).toBeTruthy()
      expect(source.get(`status.reason.${reason}.explanation`), reason).toBeTruthy()
    }
    expect(source.get('status.reason.invalid-credentials.explanationOpenFinance')).toMatch(
      /CPF ou CNPJ/,
    )
  })

  it('has every sync step, action label and product name', () => {
    for (const step of SYNC_STEPS) expect(source.get(`status.step.${step}`), step).toBeTruthy()
    for (const type of ACTION_TYPES) expect(source.get(`status.action.${type}`), type).toBeTruthy()
    for (const key of PRODUCT_KEYS) expect(source.get(`warnings.product.${key}`), key).toBeTruthy()
  })

  it('translates every known-warnings catalog row, with its action item when it has one', () => {
    for (const row of KNOWN_WARNINGS) {
      expect(source.get(`warnings.catalog.${row.id}.message`), row.id).toBeTruthy()
      expect(source.has(`warnings.catalog.${row.id}.action`), row.id).toBe(Boolean(row.action))
    }
    const ids = new Set(KNOWN_WARNINGS.map((row) => row.id))
    for (const key of source.keys()) {
      const id = /^warnings\.catalog\.([^.]+)\./.exec(key)?.[1]
      if (id) expect(ids.has(id), `stale catalog key ${id}`).toBe(true)
    }
  })

  it('has plural forms one and other for every plural key', () => {
    for (const [locale, keys] of Object.entries(flat)) {
      for (const key of keys.keys()) {
        const base = /^(.*)_(one|other)$/.exec(key)?.[1]
        if (!base) continue
        expect(keys.has(`${base}_one`), `${locale}: ${base}_one`).toBe(true)
        expect(keys.has(`${base}_other`), `${locale}: ${base}_other`).toBe(true)
      }
    }
  })
})
