import { describe, expect, it } from 'vitest'
import { initialsOf } from '../../../src/components/ConnectionList/institution'

describe('initials shown when an institution has no logo', () => {
  it('takes the first letters of the significant words', () => {
    expect(initialsOf('Banco do Brasil')).toBe('BB')
    expect(initialsOf('Conta Salário Aurora')).toBe('CS')
    expect(initialsOf('ítaú unibanco')).toBe('ÍU')
    expect(initialsOf('Caixa')).toBe('C')
  })
  it('skips punctuation and never returns markup', () => {
    expect(initialsOf('<script>alert(1)</script>')).toMatch(/^[\p{L}\p{N}]*$/u)
    expect(initialsOf('   ')).toBe('')
  })
})
