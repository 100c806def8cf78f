// describeItem annotates warnings from the known-warnings catalog: every row of Pluggy's
// table, matched by the start of its text, and nothing that only looks alike.
import { describe, expect, it } from 'vitest'
import { KNOWN_WARNINGS, describeItem, matchKnownWarning, parseItem } from '../../../src/core'
import { KNOWN_WARNING_ROWS } from '../../../src/testing/scenarios/known-warnings'
import { NOW, item } from '../../fixtures/items'

type Row = (typeof KNOWN_WARNINGS)[number]

const connectorOf = (row: Row) => ({
  id: 1,
  name: row.segment === 'any' ? row.institution : `${row.institution} ${row.segment}`,
  type: row.segment === 'PJ' ? 'BUSINESS_BANK' : 'PERSONAL_BANK',
})
const productOf = (row: Row) => (row.product === 'login' ? 'accounts' : row.product)

function warningsFor(row: Row, message: string) {
  const raw = item({
    connector: connectorOf(row),
    statusDetail: {
      [productOf(row)]: {
        isUpdated: true,
        lastUpdatedAt: '2026-07-20T09:59:00Z',
        warnings: [{ code: '001', message }],
      },
    },
  })
  return describeItem(parseItem(raw), { now: NOW }).warnings
}

describe('known warnings in describeItem', () => {
  it.each(KNOWN_WARNINGS.map((row) => [row.id, row] as const))(
    'annotates row %s from its full message, with its action as the hint',
    (_, row) => {
      const [warning] = warningsFor(row, row.message)
      expect(warning).toMatchObject({ catalogId: row.id, message: row.message })
      expect(warning?.hint).toBe(row.action)
    },
  )

  it('still knows a row when the institution says more after its text', () => {
    const row = KNOWN_WARNINGS.find((known) => known.id === 'bradesco-pj-transactions-disabled')!
    expect(warningsFor(row, `${row.message} (conta 1234)`)[0]?.catalogId).toBe(row.id)
  })

  it('leaves alone texts that share only the common start of several rows', () => {
    const row = KNOWN_WARNINGS.find((known) => known.id === 'clear-treasury-permissions')!
    for (const message of [
      'User does not have permissions to access',
      'User does not have permissions to access payments',
      'User lacks permissions to view investments on this account',
    ]) {
      expect(warningsFor(row, message)[0], message).not.toHaveProperty('catalogId')
    }
  })

  it("keeps Pluggy's full text in KNOWN_WARNINGS, as the sandbox transcribes it", () => {
    const messages = new Set(KNOWN_WARNINGS.map((row) => row.message))
    for (const sandboxRow of KNOWN_WARNING_ROWS) {
      expect(messages, sandboxRow.id).toContain(sandboxRow.message)
    }
  })

  it('matchKnownWarning finds the same row as describeItem', () => {
    for (const row of KNOWN_WARNINGS) {
      const warning = { code: '001', message: row.message }
      expect(matchKnownWarning(warning, productOf(row), connectorOf(row))).toBe(row)
    }
  })
})
