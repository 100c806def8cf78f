import { describe, expect, it } from 'vitest'
import { parseItem } from '../../../src/core'

describe('parseItem with untrusted JSON', () => {
  it('keeps __proto__ and constructor keys out of prototypes', () => {
    const parsed = parseItem(
      JSON.parse(`{
        "id": "a", "status": "UPDATED", "__proto__": { "polluted": true },
        "error": { "code": "X", "message": "m", "attributes": { "__proto__": "x", "constructor": "c" } },
        "parameter": { "name": "n", "__proto__": { "polluted": true } },
        "connector": { "id": 1, "health": { "status": "ONLINE", "__proto__": { "polluted": true } } }
      }`),
    )
    for (const value of [parsed, parsed.parameter, parsed.connector?.health, parsed.error]) {
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    }
    expect(parsed.error?.attributes).toEqual({ constructor: 'c' })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('keeps unknown keys as data and reads wire variants of ids and option values', () => {
    const parsed = parseItem({
      id: 'a',
      status: 'UPDATED',
      region: 'br',
      connector: { id: '201', name: 'B', beta: true },
      parameter: { name: 'bank', type: 'select', options: [{ value: 1, label: 'One' }, 'bad'] },
    })
    expect(parsed).toMatchObject({ region: 'br', connector: { id: 201, beta: true } })
    expect(parsed.parameter).toEqual({
      name: 'bank',
      label: 'bank',
      type: 'select',
      options: [{ value: '1', label: 'One' }],
    })
  })
})
