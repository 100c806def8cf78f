// For any input at all, parsing either yields an item or says why not, and
// describing a parsed item never throws and always answers in full.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  GUIDANCE_REASONS,
  ItemParseError,
  PRODUCT_KEYS,
  describeItem,
  parseItem,
  type ItemGuidance,
} from '../../../src/core'

const PHASES = Object.keys(GUIDANCE_REASONS)
const TONES = ['success', 'info', 'warning', 'danger', 'neutral']
const ALERTS = ['none', 'user', 'internal']
const ACTION_TYPES = [
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

function expectWellFormed(guidance: ItemGuidance) {
  expect(PHASES).toContain(guidance.phase)
  expect(GUIDANCE_REASONS[guidance.phase] as readonly string[]).toContain(guidance.reason)
  expect(TONES).toContain(guidance.tone)
  expect(ALERTS).toContain(guidance.alert)
  expect(typeof guidance.terminal).toBe('boolean')
  expect(typeof guidance.retryable).toBe('boolean')
  for (const product of [...guidance.fetchableProducts, ...guidance.failedProducts]) {
    expect(PRODUCT_KEYS).toContain(product)
  }
  for (const action of guidance.actions) expect(ACTION_TYPES).toContain(action.type)
  for (const warning of guidance.warnings) {
    expect(PRODUCT_KEYS).toContain(warning.product)
    expect(typeof warning.message).toBe('string')
  }
  expect(typeof guidance.autoSync.willRetry).toBe('boolean')
  // It crosses a server boundary as JSON with its meaning intact (input passed through
  // verbatim, e.g. a userAction, may lose undefined entries; what farol decided may not).
  const sent = JSON.parse(JSON.stringify(guidance)) as typeof guidance
  expect(sent).toMatchObject({
    phase: guidance.phase,
    reason: guidance.reason,
    tone: guidance.tone,
    terminal: guidance.terminal,
    retryable: guidance.retryable,
    alert: guidance.alert,
    fetchableProducts: guidance.fetchableProducts,
    failedProducts: guidance.failedProducts,
  })
  expect(sent.actions.map((action) => action.type)).toEqual(
    guidance.actions.map((action) => action.type),
  )
}

const statuses = fc.constantFrom(
  'UPDATED',
  'UPDATING',
  'LOGIN_ERROR',
  'OUTDATED',
  'WAITING_USER_INPUT',
  'WAITING_USER_ACTION',
  'MERGING',
  'CREATED',
)
const codes = fc.constantFrom(
  'SUCCESS',
  'PARTIAL_SUCCESS',
  'INVALID_CREDENTIALS',
  'USER_AUTHORIZATION_PENDING',
  'SITE_NOT_AVAILABLE',
  'LOGIN_IN_PROGRESS',
  'WAITING_USER_INPUT',
)
const dates = fc.oneof(
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.string(),
  fc.integer(),
  fc.constant(null),
)
const productState = fc.record(
  {
    isUpdated: fc.oneof(fc.boolean(), fc.anything()),
    lastUpdatedAt: dates,
    warnings: fc.oneof(
      fc.array(
        fc.record(
          {
            code: fc.oneof(fc.string(), fc.integer()),
            message: fc.string(),
            providerMessage: fc.string(),
          },
          { requiredKeys: [] },
        ),
      ),
      fc.anything(),
    ),
  },
  { requiredKeys: [] },
)

/** Item-shaped values with plausible and implausible parts mixed. */
const itemLike = fc.record(
  {
    id: fc.string({ minLength: 1 }),
    status: fc.oneof(statuses, fc.string()),
    executionStatus: fc.oneof(codes, fc.string(), fc.anything()),
    error: fc.oneof(
      fc.constant(null),
      fc.record(
        {
          code: fc.oneof(codes, fc.string()),
          message: fc.string(),
          providerMessage: fc.string(),
          attributes: fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.anything())),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    ),
    statusDetail: fc.oneof(
      fc.constant(null),
      fc.dictionary(
        fc.constantFrom(...PRODUCT_KEYS, 'investmentsTransactions', 'x'),
        fc.oneof(productState, fc.constant(null)),
      ),
      fc.anything(),
    ),
    parameter: fc.oneof(
      fc.constant(null),
      fc.record(
        { name: fc.string(), label: fc.string(), type: fc.string(), expiresAt: dates },
        { requiredKeys: [] },
      ),
    ),
    userAction: fc.oneof(fc.constant(null), fc.anything()),
    connector: fc.oneof(
      fc.record(
        {
          id: fc.oneof(fc.integer(), fc.string()),
          name: fc.string(),
          type: fc.string(),
          health: fc.anything(),
          credentials: fc.anything(),
          resetPasswordUrl: fc.string(),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    ),
    consentExpiresAt: dates,
    nextAutoSyncAt: dates,
    autoSyncDisabledAt: dates,
    updatedAt: dates,
    consecutiveFailedLoginAttempts: fc.oneof(fc.integer(), fc.anything()),
    products: fc.anything(),
  },
  { requiredKeys: ['id', 'status'] },
)

describe('properties', () => {
  it('parseItem returns an Item or throws ItemParseError, for anything', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.json(), itemLike), (input) => {
        try {
          const item = parseItem(input)
          expect(typeof item.id).toBe('string')
          expect(typeof item.status).toBe('string')
        } catch (error) {
          expect(error).toBeInstanceOf(ItemParseError)
        }
      }),
      { numRuns: 400 },
    )
  })

  it('describeItem never throws and is well formed for any parsed item', () => {
    fc.assert(
      fc.property(itemLike, fc.date(), (input, now) => {
        const guidance = describeItem(parseItem(input), { now })
        expectWellFormed(guidance)
        // Plain data: survives a JSON round trip unchanged (no Dates, functions or
        // `undefined` fields; optional fields are absent), so hosts can store or send it.
        expect(JSON.parse(JSON.stringify(guidance))).toStrictEqual(guidance)
      }),
      { numRuns: 600 },
    )
  })

  it('describeItem copes with unparsed item-like input too', () => {
    fc.assert(
      fc.property(itemLike, (input) => {
        expectWellFormed(describeItem(input as never))
      }),
      { numRuns: 300 },
    )
  })

  it('parsing is idempotent', () => {
    fc.assert(
      fc.property(itemLike, (input) => {
        const once = parseItem(input)
        expect(parseItem(once)).toEqual(once)
      }),
      { numRuns: 300 },
    )
  })
})
