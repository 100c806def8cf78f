import { describe, expect, it } from 'vitest'
import { ItemParseError, parseItem } from '../../../src/core'
import { item } from '../../fixtures/items'

describe('parseItem', () => {
  it('keeps a well-formed wire item as it is', () => {
    const raw = item({ webhookUrl: null, clientUserId: 'u-1' })
    expect(JSON.parse(JSON.stringify(parseItem(raw)))).toEqual(JSON.parse(JSON.stringify(raw)))
  })

  it('turns pluggy-sdk Dates into ISO strings', () => {
    const parsed = parseItem({
      id: 'a',
      status: 'UPDATED',
      createdAt: new Date('2026-01-01T00:00:00Z'),
      lastUpdatedAt: new Date('2026-01-02T00:00:00Z'),
      parameter: { name: 'token', label: 'Token', expiresAt: new Date('2026-01-03T00:00:00Z') },
      connector: { id: 1, name: 'B', createdAt: new Date('2025-01-01T00:00:00Z') },
    })
    expect(parsed.createdAt).toBe('2026-01-01T00:00:00.000Z')
    expect(parsed.lastUpdatedAt).toBe('2026-01-02T00:00:00.000Z')
    expect(parsed.parameter?.expiresAt).toBe('2026-01-03T00:00:00.000Z')
    expect(parsed.connector?.createdAt).toBe('2025-01-01T00:00:00.000Z')
  })

  it('normalizes investmentsTransactions to investmentTransactions', () => {
    const parsed = parseItem({
      id: 'a',
      status: 'UPDATED',
      statusDetail: { investmentsTransactions: { isUpdated: false, lastUpdatedAt: null } },
    })
    expect(parsed.statusDetail).toEqual({
      investmentTransactions: { isUpdated: false, lastUpdatedAt: null, warnings: [] },
    })
  })

  it('merges legacy error.metadata into attributes without overriding them', () => {
    const parsed = parseItem({
      id: 'a',
      status: 'OUTDATED',
      error: {
        code: 'USER_AUTHORIZATION_PENDING',
        message: 'x',
        metadata: { deviceNickname: 'old', hasMFA: true },
        attributes: { other: 'kept' },
      },
    })
    expect(parsed.error?.attributes).toEqual({ deviceNickname: 'old', other: 'kept' })
  })

  it('drops fields of the wrong type instead of failing', () => {
    const parsed = parseItem({
      id: 'a',
      status: 'UPDATED',
      executionStatus: 42,
      error: 'nope',
      lastUpdatedAt: 'not a date',
      consecutiveFailedLoginAttempts: 'two',
      connector: { id: 'abc' },
      statusDetail: {
        accounts: 'x',
        transactions: { isUpdated: 'yes', warnings: [1, { code: 1 }] },
      },
    })
    expect(parsed.executionStatus).toBeUndefined()
    expect(parsed.error).toBeNull()
    expect(parsed.lastUpdatedAt).toBeNull()
    expect(parsed.consecutiveFailedLoginAttempts).toBeUndefined()
    expect(parsed.connector).toBeUndefined()
    expect(parsed.statusDetail).toEqual({
      accounts: null,
      transactions: {
        isUpdated: false,
        lastUpdatedAt: null,
        warnings: [{ code: '1', message: '' }],
      },
    })
  })

  it('keeps unknown statuses and codes as data', () => {
    const parsed = parseItem({ id: 'a', status: 'HIBERNATING', executionStatus: 'NAPPING' })
    expect(parsed.status).toBe('HIBERNATING')
    expect(parsed.executionStatus).toBe('NAPPING')
  })

  it.each([
    [null, ''],
    ['{"id":"a"}', ''],
    [[], ''],
    [{ status: 'UPDATED' }, 'id'],
    [{ id: '', status: 'UPDATED' }, 'id'],
    [{ id: 'a' }, 'status'],
    [{ id: 'a', status: 7 }, 'status'],
  ])('rejects %j with ItemParseError at "%s"', (input, path) => {
    const attempt = () => parseItem(input)
    expect(attempt).toThrow(ItemParseError)
    try {
      attempt()
    } catch (error) {
      expect((error as ItemParseError).path).toBe(path)
    }
  })

  it('keeps hostile strings intact as data', () => {
    const script = '<script>alert(1)</script>'
    const parsed = parseItem({
      id: 'a',
      status: 'LOGIN_ERROR',
      error: {
        code: 'ACCOUNT_NEEDS_ACTION',
        message: script,
        providerMessage: 'x'.repeat(100_000),
      },
    })
    expect(parsed.error?.message).toBe(script)
    expect(parsed.error?.providerMessage).toHaveLength(100_000)
  })
})
