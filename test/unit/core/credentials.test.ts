import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  credentialAutocomplete,
  credentialInputKind,
  MAX_PATTERN_INPUT_LENGTH,
  validateCredentials,
} from '../../../src/core/credentials'
import type { CredentialInputKind } from '../../../src/core/credentials'
import type { ConnectorCredential } from '../../../src/core/model'

// Pluggy Bank (sandbox connector 0) and the MFA prompts of pluggy-api-facts.md §6 B and C.
const pluggyBank: ConnectorCredential[] = [
  {
    name: 'user',
    label: 'User',
    type: 'text',
    validation: '^user-',
    validationMessage: 'O user deve começar com "user-"',
  },
  { name: 'password', label: 'Password', type: 'password' },
]
const smsToken: ConnectorCredential = {
  name: 'token',
  label: 'Token SMS',
  type: 'number',
  placeholder: 'Ex.: 123456',
  validation: '^\\d{6}$',
  validationMessage: 'O token deve ter 6 números.',
  assistiveText: 'Enviamos um SMS para o celular cadastrado.',
  optional: false,
  mfa: true,
  expiresAt: '2026-07-20T10:05:00.000Z',
}
const qr: ConnectorCredential = {
  name: 'qr',
  label: 'Escaneie o QR Code',
  type: 'image',
  data: 'data:image/png;base64,iVBOR',
}
const accountSelect: ConnectorCredential = {
  name: 'account',
  label: 'Selecione a conta',
  type: 'select',
  options: [
    { value: '1', label: 'Conta corrente' },
    { value: '2', label: 'Poupança' },
  ],
}

describe('validateCredentials', () => {
  it('accepts good Pluggy Bank credentials', () => {
    expect(validateCredentials(pluggyBank, { user: 'user-ok', password: 'password-ok' })).toEqual({
      valid: true,
      errors: {},
    })
  })

  it('reports required and pattern issues, in field order', () => {
    const result = validateCredentials(pluggyBank, { user: 'bob', password: '   ' })
    expect(result.valid).toBe(false)
    expect(Object.keys(result.errors)).toEqual(['user', 'password'])
    expect(result.errors).toEqual({
      user: [{ code: 'pattern', message: 'O user deve começar com "user-"' }],
      password: [{ code: 'required' }],
    })
  })

  it.each<[string, ConnectorCredential, string | undefined, unknown[]]>([
    ['§6 B token, good', smsToken, '123456', []],
    [
      '§6 B token, short',
      smsToken,
      '12345',
      [{ code: 'pattern', message: 'O token deve ter 6 números.' }],
    ],
    ['§6 B token, missing', smsToken, undefined, [{ code: 'required' }]],
    ['§6 C select, an option', accountSelect, '2', []],
    ['§6 C select, not an option', accountSelect, '3', [{ code: 'invalid-option' }]],
    ['§6 C select, empty', accountSelect, '', [{ code: 'required' }]],
    ['select with no options: any value', { name: 's', label: 'S', type: 'select' }, 'x', []],
    ['§6 C QR image: not required', qr, '', []],
    ['optional and empty', { name: 'o', label: 'O', optional: true, validation: '^\\d+$' }, '', []],
    [
      'optional, filled, checked',
      { name: 'o', label: 'O', optional: true, validation: '^\\d+$' },
      'a',
      [{ code: 'pattern' }],
    ],
    [
      'pattern without message',
      { name: 'p', label: 'P', validation: '^a' },
      'b',
      [{ code: 'pattern' }],
    ],
    [
      'empty validationMessage is no message',
      { name: 'p', label: 'P', validation: '^a', validationMessage: '' },
      'b',
      [{ code: 'pattern' }],
    ],
    ['no type means text', { name: 't', label: 'T' }, undefined, [{ code: 'required' }]],
    ['oauth: skipped', { name: 'o', label: 'O', type: 'oauth' }, undefined, []],
    ['hcaptcha: skipped', { name: 'h', label: 'H', type: 'hcaptcha' }, undefined, []],
    ['ethaddress: skipped', { name: 'e', label: 'E', type: 'ethaddress' }, undefined, []],
  ])('%s', (_name, field, value, issues) => {
    const values = value === undefined ? {} : { [field.name]: value }
    const result = validateCredentials([field], values)
    expect(result.errors[field.name] ?? []).toEqual(issues)
    expect(result.valid).toBe(issues.length === 0)
  })

  it('checks the value as given (no trimming for the pattern)', () => {
    expect(validateCredentials([smsToken], { token: ' 123456' }).valid).toBe(false)
  })

  it.each([
    ['an inline flag', '(?i)^abc$'],
    ['a possessive quantifier', '^\\d++$'],
    ['an atomic group', '^(?>a|b)$'],
    ['a broken class', '[a-'],
    ['an unbalanced group', '(abc'],
    ['\\A…\\Z anchors', '\\A\\d{6}\\Z'],
    ['\\h (PCRE horizontal space)', '^\\h*$'],
    ['a POSIX class', '^[[:digit:]]+$'],
  ])('skips a regex with %s', (_name, validation) => {
    const field = { name: 'f', label: 'F', validation }
    expect(validateCredentials([field], { f: 'whatever' })).toEqual({ valid: true, errors: {} })
  })

  it.each([
    ['legacy escapes outside unicode mode', '^[\\w\\-]+\\-\\d$', 'a-b-1', 'a b'],
    ['an escaped backslash before a letter', '^\\\\A$', '\\A', 'A'],
    ['unicode property escapes', '^\\p{Lu}+$', 'ÁB', 'ab'],
  ])('still uses a regex with %s', (_name, validation, good, bad) => {
    const field = { name: 'f', label: 'F', validation }
    expect(validateCredentials([field], { f: good }).valid).toBe(true)
    expect(validateCredentials([field], { f: bad }).valid).toBe(false)
  })

  it('does not run the regex on huge values (catastrophic backtracking)', () => {
    const field = { name: 'f', label: 'F', validation: '^(a+)+$' }
    const huge = `${'a'.repeat(MAX_PATTERN_INPUT_LENGTH)}!`
    const start = performance.now()
    expect(validateCredentials([field], { f: huge }).errors).toEqual({ f: [{ code: 'pattern' }] })
    expect(performance.now() - start).toBeLessThan(100)
    // Without a usable regex a long value is fine.
    expect(validateCredentials([{ name: 'g', label: 'G' }], { g: huge }).valid).toBe(true)
  })

  it('treats names as data: __proto__, constructor, missing or non-string values', () => {
    const fields = [
      { name: '__proto__', label: 'P' },
      { name: 'constructor', label: 'C' },
      { name: 'n', label: 'N' },
    ]
    const values = { n: 42 } as unknown as Record<string, string>
    const result = validateCredentials(fields, values)
    expect(Object.keys(result.errors)).toEqual(['__proto__', 'constructor', 'n'])
    expect(Object.getPrototypeOf(result.errors)).toBe(Object.prototype)
  })

  it('merges duplicate names and ignores garbage fields', () => {
    const fields = [
      { name: 'a', label: 'A' },
      null,
      { label: 'no name' },
      { name: 'a', label: 'A again', validation: '^x' },
    ] as unknown as ConnectorCredential[]
    expect(validateCredentials(fields, { a: 'y' })).toEqual({
      valid: false,
      errors: { a: [{ code: 'pattern' }] },
    })
    expect(validateCredentials(null as unknown as ConnectorCredential[], {}).valid).toBe(true)
    expect(
      validateCredentials(pluggyBank, null as unknown as Record<string, string>).errors,
    ).toEqual({
      user: [{ code: 'required' }],
      password: [{ code: 'required' }],
    })
  })

  it('never throws for arbitrary regexes, types and values', () => {
    const field = fc.record(
      {
        name: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'user')),
        label: fc.string(),
        type: fc.oneof(
          fc.constantFrom('text', 'password', 'number', 'select', 'image', 'oauth', 'hcaptcha'),
          fc.string(),
        ),
        validation: fc.oneof(fc.string(), fc.stringMatching(/^\^?[\\\w()[\]{}|*+?.,$-]{0,20}$/)),
        validationMessage: fc.string(),
        optional: fc.boolean(),
        options: fc.array(fc.record({ value: fc.string(), label: fc.string() })),
      },
      { requiredKeys: ['name', 'label'] },
    )
    const values = fc.dictionary(
      fc.string(),
      fc.oneof(fc.string(), fc.string({ minLength: 900, maxLength: 1_200 })),
    )
    fc.assert(
      fc.property(fc.array(field, { maxLength: 6 }), values, (fields, vals) => {
        const result = validateCredentials(fields, vals)
        const names = new Set(fields.map((f) => f.name))
        expect(result.valid).toBe(Object.keys(result.errors).length === 0)
        for (const [name, issues] of Object.entries(result.errors)) {
          expect(names.has(name)).toBe(true)
          expect(issues.length).toBeGreaterThan(0)
          for (const issue of issues) {
            expect(['required', 'pattern', 'invalid-option']).toContain(issue.code)
          }
        }
      }),
      { numRuns: 2_000 },
    )
  }, 30_000) // CPU-bound: 2,000 runs with 1 kB values; shared CI cores are slow

  it('a field without validation is valid exactly when filled (or optional)', () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), (value, optional) => {
        const result = validateCredentials([{ name: 'f', label: 'F', optional }], { f: value })
        expect(result.valid).toBe(optional || value.trim() !== '')
      }),
    )
  })
})

describe('credentialInputKind', () => {
  it.each<[ConnectorCredential['type'], CredentialInputKind]>([
    [undefined, 'text'],
    ['text', 'text'],
    ['string', 'text'],
    ['password', 'password'],
    ['number', 'number'],
    ['select', 'select'],
    ['image', 'image'],
    ['oauth', 'oauth'],
    ['PASSWORD', 'password'],
    ['hcaptcha', 'unsupported'],
    ['ethaddress', 'unsupported'],
    ['webauthn', 'unsupported'],
  ])('%s → %s', (type, kind) => {
    expect(credentialInputKind({ name: 'f', label: 'F', type })).toBe(kind)
  })
})

describe('credentialAutocomplete', () => {
  it.each<[string, ConnectorCredential, { mfa?: boolean } | undefined, string]>([
    ['Pluggy Bank user', pluggyBank[0]!, undefined, 'username'],
    ['Pluggy Bank password', pluggyBank[1]!, undefined, 'current-password'],
    ['§6 B SMS token (mfa: true)', smsToken, undefined, 'one-time-code'],
    [
      'an MFA parameter without the flag',
      { name: 'code', label: 'Código' },
      { mfa: true },
      'one-time-code',
    ],
    [
      'a password-type MFA field',
      { name: 'pin', label: 'PIN', type: 'password', mfa: true },
      undefined,
      'one-time-code',
    ],
    ['a field named token', { name: 'token', label: 'Código' }, undefined, 'one-time-code'],
    [
      'a label saying token',
      { name: 'code', label: 'Token do app', type: 'number' },
      undefined,
      'one-time-code',
    ],
    ['a CPF login', { name: 'cpf', label: 'CPF', type: 'number' }, undefined, 'username'],
    ['a login field by label', { name: 'field1', label: 'Usuário' }, undefined, 'username'],
    ['an agency number', { name: 'agency', label: 'Agência', type: 'number' }, undefined, 'off'],
    ['a select, even as MFA', accountSelect, { mfa: true }, 'off'],
    ['an image', qr, { mfa: true }, 'off'],
    ['oauth', { name: 'o', label: 'O', type: 'oauth' }, undefined, 'off'],
    ['hcaptcha', { name: 'h', label: 'H', type: 'hcaptcha' }, undefined, 'off'],
  ])('%s', (_name, field, options, expected) => {
    expect(credentialAutocomplete(field, options)).toBe(expected)
  })
})
