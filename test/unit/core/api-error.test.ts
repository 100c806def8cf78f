import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ApiProblemError,
  DEFAULT_RETRY_AFTER_MS,
  FORM_ERROR_KEY,
  getApiProblem,
  isApiProblem,
  parseApiError,
} from '../../../src/core/api-error'
import type { ApiProblem } from '../../../src/core/model'

const NOW = new Date('2026-07-20T12:00:00.000Z')

// Bodies from reference/pluggy-api-facts.md §3 and §6, and errors-and-validations.txt.
const fixtures = {
  /** §6 G: the API's 400 with `details[]`. */
  validationDetails: {
    code: 400,
    message: 'Invalid parameters',
    details: [
      { code: '001', parameter: 'password', message: 'Password is required' },
      { code: '002', parameter: 'user', message: 'O user deve começar com "user-"' },
    ],
  },
  /** errors-and-validations.txt: "Item Creation Validations", with `errors[]`. */
  validationErrors: {
    message: 'Connector parameters do not match validation rules',
    errors: [
      { code: '002', message: 'user parameter length must be at least 6.', parameter: 'user' },
      {
        code: '002',
        message: 'password parameter length must be at least 6.',
        parameter: 'password',
      },
    ],
  },
  /** §6 H: 409 frequency rejection. */
  tooFrequent: {
    code: 409,
    codeDescription: 'CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY',
    message:
      'Client updates on this item are allowed at most every 24 hours. Last update was at 2026-07-20T10:00:00.000Z',
    data: { minUpdateFrequencyAllowedInHours: 24 },
    errorId: 'err-123',
  },
  /** §6 I and §3.4: the 429 body. */
  rateLimited: {
    message: 'Too many requests. Please try again later (see Retry-After header in seconds)',
    code: 429,
  },
  /** §3.3: "An update is already in progress…" as a 400 with no code (Java SDK fixture). */
  alreadyInProgressNoCode: {
    code: 400,
    message: 'An update is already in progress, wait until the last execution ends',
  },
  /** §3.3: MeuPluggy items, 400 with no codeDescription. */
  meuPluggy: { code: 400, message: 'MeuPluggy item cant be updated' },
  /** §3.3: securo#266, a 410 on a deprecated endpoint. */
  deprecated: {
    code: 410,
    codeDescription: 'ENDPOINT_DEPRECATED',
    message: 'This endpoint is deprecated',
    errorId: 'e-410',
  },
  /** §3.1: 401 bad keys. */
  unauthorized: { code: 401, codeDescription: 'CLIENT_KEYS_UNAUTHORIZED', message: 'Unauthorized' },
} as const

describe('parseApiError: validation', () => {
  it.each([
    ['details[] (API, §6 G)', fixtures.validationDetails, 'Invalid parameters'],
    [
      'errors[] (reference page)',
      fixtures.validationErrors,
      'Connector parameters do not match validation rules',
    ],
  ])('reads %s by parameter', (_name, body, message) => {
    const problem = parseApiError(400, body)
    expect(problem.kind).toBe('validation')
    expect(problem.message).toBe(message)
    if (problem.kind !== 'validation') return
    expect(Object.keys(problem.fieldErrors).sort()).toEqual(['password', 'user'])
    expect(problem.fieldErrors.user).toHaveLength(1)
  })

  it('keeps the API text per field, and merges details[] and errors[]', () => {
    const problem = parseApiError(400, {
      message: 'Invalid',
      details: [{ parameter: 'user', message: 'a' }],
      errors: [
        { parameter: 'user', message: 'b' },
        { parameter: 'user', message: 'a' },
      ],
    })
    expect(problem).toMatchObject({ kind: 'validation', fieldErrors: { user: ['a', 'b'] } })
  })

  it('puts entries without a parameter, and bare strings, under FORM_ERROR_KEY', () => {
    expect(FORM_ERROR_KEY).toBe('')
    const problem = parseApiError(400, {
      message: 'Bad',
      errors: [{ code: '001', message: 'Something is off' }, 'Also this', { parameter: 'cpf' }],
    })
    expect(problem).toMatchObject({
      kind: 'validation',
      fieldErrors: { '': ['Something is off', 'Also this'], cpf: ['invalid'] },
    })
  })

  it('reads a 400 given as JSON text', () => {
    const problem = parseApiError(400, JSON.stringify(fixtures.validationDetails))
    expect(problem).toMatchObject({
      kind: 'validation',
      fieldErrors: { password: ['Password is required'] },
    })
  })

  it('keeps a parameter named __proto__ as data', () => {
    const problem = parseApiError(400, {
      details: [{ parameter: '__proto__', message: 'x' }],
    })
    if (problem.kind !== 'validation') throw new Error(problem.kind)
    expect(Object.getPrototypeOf(problem.fieldErrors)).toBe(Object.prototype)
    expect(Object.hasOwn(problem.fieldErrors, '__proto__')).toBe(true)
  })

  it('a 400 with only a message becomes a form-level error', () => {
    expect(parseApiError(400, { message: 'Request body must be a JSON object' })).toMatchObject({
      kind: 'validation',
      fieldErrors: { '': ['Request body must be a JSON object'] },
    })
    expect(parseApiError(400, null)).toMatchObject({ kind: 'validation', fieldErrors: {} })
  })

  it("an OFFLINE connector's 400 → connector-offline: by a code naming OFFLINE, or a code-less message", () => {
    expect(parseApiError(400, { message: 'Connector is offline' })).toEqual({
      kind: 'connector-offline',
      status: 400,
      message: 'Connector is offline',
    })
    expect(
      parseApiError(400, { codeDescription: 'CONNECTOR_OFFLINE', message: 'Indisponível' }),
    ).toMatchObject({ kind: 'connector-offline', code: 'CONNECTOR_OFFLINE' })
    // "offline" inside a field message, or words that merely contain it, stay validation.
    expect(
      parseApiError(400, {
        message: 'Invalid parameters',
        details: [{ parameter: 'mode', message: 'offline is not a mode' }],
      }).kind,
    ).toBe('validation')
    expect(parseApiError(400, { message: 'offlineMode is required' }).kind).toBe('validation')
    // Only a 400 without a code is read from its message.
    expect(parseApiError(500, { message: 'Connector is offline' }).kind).toBe('server')
  })

  it('ITEM_USER_ALREADY_EXISTS → duplicate-item; ITEM_CREATION_LIMIT_EXCEEDED → creation-limit', () => {
    const existing = { codeDescription: 'ITEM_USER_ALREADY_EXISTS', message: 'Item already exists' }
    expect(parseApiError(400, { ...existing, items: ['a', { id: 'b' }, '', {}] })).toEqual({
      kind: 'duplicate-item',
      status: 400,
      code: 'ITEM_USER_ALREADY_EXISTS',
      message: 'Item already exists',
      itemIds: ['a', 'b'],
    })
    expect(parseApiError(409, { ...existing, items: 'not a list' })).toMatchObject({
      kind: 'duplicate-item',
      itemIds: [],
    })
    const many = Array.from({ length: 500 }, (_, i) => `id-${i}-${'x'.repeat(1_000)}`)
    const capped = parseApiError(409, { ...existing, itemIds: many })
    if (capped.kind !== 'duplicate-item') throw new Error(capped.kind)
    expect(capped.itemIds).toHaveLength(100)
    expect(capped.itemIds.every((id) => id.length <= 200)).toBe(true)
    for (const status of [409, 400, 403]) {
      expect(
        parseApiError(status, { codeDescription: 'ITEM_CREATION_LIMIT_EXCEEDED', message: 'm' }),
      ).toMatchObject({ kind: 'creation-limit', status })
    }
  })

  it('CONNECTOR_REQUIRED_PARAMETER_VALIDATION_ERROR names its parameter', () => {
    const problem = parseApiError(400, {
      codeDescription: 'CONNECTOR_REQUIRED_PARAMETER_VALIDATION_ERROR',
      message: 'The parameter token is required to be renewed for item update',
    })
    expect(problem).toMatchObject({
      kind: 'validation',
      code: 'CONNECTOR_REQUIRED_PARAMETER_VALIDATION_ERROR',
      fieldErrors: { token: ['The parameter token is required to be renewed for item update'] },
    })
  })
})

describe('parseApiError: update rejections', () => {
  it.each([
    ['ITEM_ALREADY_UPDATING', 'already-updating'],
    ['CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY', 'too-frequent'],
    ['TOO_MANY_CONSECUTIVE_ERRORS', 'too-many-errors'],
    ['TOO_MANY_CONSECUTIVE_LOGIN_FAILURES', 'too-many-login-failures'],
    ['PARAMETERS_NOT_PROVIDED', 'parameters-not-provided'],
    ['MFA_PARAMERTER_WAS_ALREADY_USED_ERROR', 'mfa-already-used'],
    ['CLIENT_HAS_ITEM_UPDATES_DISABLED', 'updates-disabled'],
    ['SANDBOX_CLIENT_ITEM_UPDATE_NOT_ALLOWED', 'not-allowed'],
    ['CREATE_ITEMS_API_FREE_DISABLED', 'not-allowed'],
    ['ITEM_IS_ALREADY_UPDATING', 'same-credentials-updating'],
  ])('%s → %s, as 409 or 400', (code, reason) => {
    for (const status of [409, 400, 403]) {
      const problem = parseApiError(status, { code: status, codeDescription: code, message: 'm' })
      expect(problem).toMatchObject({ kind: 'update-rejected', reason, code, status })
    }
  })

  it('§6 H: too-frequent with retryAt = last update + 24 h', () => {
    expect(parseApiError(409, fixtures.tooFrequent)).toEqual({
      kind: 'update-rejected',
      status: 409,
      reason: 'too-frequent',
      retryAt: '2026-07-21T10:00:00.000Z',
      code: 'CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY',
      errorId: 'err-123',
      message: fixtures.tooFrequent.message,
    })
  })

  it('too-frequent reads the hours from the message when data lacks them', () => {
    const problem = parseApiError(409, {
      codeDescription: 'CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY',
      message:
        'Client updates on this item are allowed at most every 8 hours. The last update was at 2026-07-20T10:00:00Z.',
    })
    expect(problem).toMatchObject({ retryAt: '2026-07-20T18:00:00.000Z' })
  })

  it('too-frequent without a last update time leaves retryAt undefined', () => {
    const problem = parseApiError(409, {
      codeDescription: 'CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY',
      message: 'Client updates on this item are allowed at most every 24 hours.',
      data: { minUpdateFrequencyAllowedInHours: 24 },
    })
    expect(problem).toMatchObject({ kind: 'update-rejected', reason: 'too-frequent' })
    expect(problem).not.toHaveProperty('retryAt')
  })

  it('too-many-login-failures takes retryAt from data.canRetryAfterDate', () => {
    const problem = parseApiError(409, {
      codeDescription: 'TOO_MANY_CONSECUTIVE_LOGIN_FAILURES',
      message: 'Too many login failures',
      data: { canRetryAfterDate: '2026-07-20T12:15:00.000Z' },
    })
    expect(problem).toMatchObject({
      reason: 'too-many-login-failures',
      retryAt: '2026-07-20T12:15:00.000Z',
    })
    const garbled = parseApiError(409, {
      codeDescription: 'TOO_MANY_CONSECUTIVE_LOGIN_FAILURES',
      data: { canRetryAfterDate: 'soon' },
    })
    expect(garbled).not.toHaveProperty('retryAt')
  })

  it.each([
    [400, fixtures.alreadyInProgressNoCode, 'already-updating'],
    [409, { message: 'An update is already in progress' }, 'already-updating'],
    [400, fixtures.meuPluggy, 'not-allowed'],
    [409, 'Client updates on this item are allowed at most every 24 hours', 'too-frequent'],
  ])('%i without codeDescription, from the message → %s', (status, body, reason) => {
    expect(parseApiError(status, body)).toMatchObject({ kind: 'update-rejected', reason })
  })

  it('any other 409: the raw code, else not-allowed', () => {
    expect(
      parseApiError(409, { codeDescription: 'ITEM_ORIGINAL_CONNECTED_WITH_DIFFERENT_ACCOUNT' }),
    ).toMatchObject({
      kind: 'update-rejected',
      reason: 'ITEM_ORIGINAL_CONNECTED_WITH_DIFFERENT_ACCOUNT',
    })
    expect(parseApiError(409, { message: 'Conflict' })).toMatchObject({
      kind: 'update-rejected',
      reason: 'not-allowed',
    })
    expect(parseApiError(409, '')).toMatchObject({ kind: 'update-rejected', reason: 'not-allowed' })
  })

  it('reads the legacy errorCode (.NET) and a string code', () => {
    expect(parseApiError(409, { errorCode: 'ITEM_ALREADY_UPDATING' })).toMatchObject({
      reason: 'already-updating',
      code: 'ITEM_ALREADY_UPDATING',
    })
    expect(parseApiError(400, { code: 'ITEM_ALREADY_UPDATING' })).toMatchObject({
      reason: 'already-updating',
    })
  })
})

describe('parseApiError: rate limits', () => {
  it('§6 I: Retry-After wins over RateLimit-Reset', () => {
    expect(
      parseApiError(429, fixtures.rateLimited, { 'Retry-After': '60', 'RateLimit-Reset': '37' }),
    ).toEqual({
      kind: 'rate-limited',
      status: 429,
      retryAfterMs: 60_000,
      message: fixtures.rateLimited.message,
    })
  })

  it.each<[string, Headers | Record<string, string> | undefined, number]>([
    ['a Headers object', new Headers({ 'retry-after': '12' }), 12_000],
    ['any case', { 'RETRY-AFTER': '3' }, 3_000],
    ['fractional seconds', { 'retry-after': '1.5' }, 1_500],
    ['an HTTP date, from now', { 'Retry-After': 'Mon, 20 Jul 2026 12:00:30 GMT' }, 30_000],
    ['an HTTP date in the past', { 'Retry-After': 'Mon, 20 Jul 2026 11:00:00 GMT' }, 0],
    ['RateLimit-Reset', { 'RateLimit-Reset': '37' }, 37_000],
    [
      'RateLimit-Reset as a Unix time',
      { 'x-ratelimit-reset': String(NOW.getTime() / 1000 + 5) },
      5_000,
    ],
    ['garbage, then RateLimit-Reset', { 'retry-after': 'later', 'ratelimit-reset': '7' }, 7_000],
    ['nothing', undefined, DEFAULT_RETRY_AFTER_MS],
    ['no usable header', { 'retry-after': 'soon' }, DEFAULT_RETRY_AFTER_MS],
    ['an absurd wait, capped at 24 h', { 'retry-after': '99999999999' }, 86_400_000],
  ])('retryAfterMs from %s', (_name, headers, expected) => {
    expect(parseApiError(429, fixtures.rateLimited, headers, NOW)).toMatchObject({
      kind: 'rate-limited',
      retryAfterMs: expected,
    })
  })

  it('reads node-style headers (arrays, numbers)', () => {
    const headers = { 'retry-after': ['9'] } as unknown as Record<string, string>
    expect(parseApiError(429, null, headers)).toMatchObject({ retryAfterMs: 9_000 })
    const numeric = { 'retry-after': 4 } as unknown as Record<string, string>
    expect(parseApiError(429, null, numeric)).toMatchObject({ retryAfterMs: 4_000 })
  })
})

describe('parseApiError: by status', () => {
  it.each<[number, unknown, ApiProblem['kind']]>([
    [401, fixtures.unauthorized, 'unauthorized'],
    [401, null, 'unauthorized'],
    [403, { code: 403, message: 'Forbidden' }, 'forbidden'],
    [404, { code: 404, message: 'Item not found' }, 'not-found'],
    [410, fixtures.deprecated, 'not-found'],
    [500, { code: 500, message: 'Internal error' }, 'server'],
    [502, '<html><body>Bad gateway</body></html>', 'server'],
    [503, 'Service Unavailable', 'server'],
    [504, undefined, 'server'],
    [408, undefined, 'server'],
    [200, '{"id": "broken', 'invalid-response'],
    [200, 'not json', 'invalid-response'],
    [302, null, 'invalid-response'],
    [405, { message: 'Method not allowed' }, 'invalid-response'],
  ])('%i → %s', (status, body, kind) => {
    const problem = parseApiError(status, body)
    expect(problem.kind).toBe(kind)
    expect(problem.status).toBe(status)
  })

  it('keeps code, errorId and the API message', () => {
    expect(parseApiError(410, fixtures.deprecated)).toEqual({
      kind: 'not-found',
      status: 410,
      code: 'ENDPOINT_DEPRECATED',
      errorId: 'e-410',
      message: 'This endpoint is deprecated',
    })
  })

  it('branches on codeDescription before the status', () => {
    expect(parseApiError(403, fixtures.unauthorized).kind).toBe('unauthorized')
    expect(parseApiError(429, { codeDescription: 'ITEM_ALREADY_UPDATING' }).kind).toBe(
      'update-rejected',
    )
  })

  it('falls back to a status message; never an HTML page', () => {
    expect(parseApiError(502, '<html>…</html>').message).toBe('HTTP 502')
    expect(parseApiError(503, 'Service Unavailable').message).toBe('Service Unavailable')
    expect(parseApiError(500, { error: 'Internal' }).message).toBe('Internal')
  })

  it('caps huge messages', () => {
    const problem = parseApiError(500, { message: 'x'.repeat(100_000) })
    expect(problem.message.length).toBeLessThanOrEqual(500)
  })

  it('status 0 (and any non-status) → network', () => {
    expect(parseApiError(0, new TypeError('Failed to fetch'))).toEqual({
      kind: 'network',
      status: 0,
      message: 'Failed to fetch',
    })
    const timeout = new DOMException('The operation timed out.', 'TimeoutError')
    expect(parseApiError(0, timeout)).toMatchObject({ kind: 'network', timedOut: true })
    expect(parseApiError(Number.NaN, null)).toMatchObject({ kind: 'network', status: 0 })
    expect(parseApiError(0, undefined).message).toBe('Network error')
  })
})

describe('parseApiError: hostile and odd input', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['an array', [1, 'two', { parameter: 'x' }]],
    ['broken JSON', '{"code": 400, "details": ['],
    ['a huge string', 'x'.repeat(2_000_000)],
    ['huge JSON text', `{"message":"${'y'.repeat(200_000)}"}`],
    ['a number', 42],
    ['a Date', new Date(0)],
    ['a body with odd field types', { codeDescription: 5, details: 'no', errors: {}, data: [] }],
    ['a prototype-ish code', { codeDescription: 'constructor' }],
  ])('survives %s', (_name, body) => {
    for (const status of [0, 200, 400, 409, 429, 500]) {
      expect(isApiProblem(parseApiError(status, body))).toBe(true)
    }
  })

  it('survives a throwing getter', () => {
    const body = {
      get message(): string {
        throw new Error('boom')
      },
    }
    expect(parseApiError(500, body)).toEqual({
      kind: 'invalid-response',
      status: 500,
      message: 'Unreadable error response',
    })
  })
})

function expectWellFormed(problem: ApiProblem): void {
  expect(isApiProblem(problem)).toBe(true)
  expect(Number.isInteger(problem.status)).toBe(true)
  expect(problem.message.length).toBeGreaterThan(0)
  expect(problem.message.length).toBeLessThanOrEqual(500)
  if (problem.kind === 'validation') {
    for (const messages of Object.values(problem.fieldErrors)) {
      expect(messages.length).toBeGreaterThan(0)
      for (const m of messages) expect(typeof m).toBe('string')
    }
  }
  if (problem.kind === 'rate-limited') {
    expect(Number.isFinite(problem.retryAfterMs)).toBe(true)
    expect(problem.retryAfterMs).toBeGreaterThanOrEqual(0)
  }
  if (problem.kind === 'update-rejected' && problem.retryAt !== undefined) {
    expect(new Date(problem.retryAt).toISOString()).toBe(problem.retryAt)
  }
}

describe('parseApiError: properties', () => {
  const status = fc.oneof(
    fc.constantFrom(0, 200, 400, 401, 403, 404, 409, 410, 422, 429, 500, 503),
    fc.integer({ min: -10, max: 1000 }),
    fc.double(),
  )
  const wireCode = fc.constantFrom(
    'ITEM_ALREADY_UPDATING',
    'CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY',
    'TOO_MANY_CONSECUTIVE_LOGIN_FAILURES',
    'CONNECTOR_REQUIRED_PARAMETER_VALIDATION_ERROR',
    '__proto__',
  )
  const pluggyish = fc.record(
    {
      code: fc.oneof(fc.integer(), fc.string()),
      codeDescription: fc.oneof(wireCode, fc.string()),
      message: fc.string(),
      errorId: fc.anything(),
      data: fc.oneof(
        fc.record({
          minUpdateFrequencyAllowedInHours: fc.oneof(fc.double(), fc.string()),
          canRetryAfterDate: fc.oneof(fc.string(), fc.date({ noInvalidDate: false })),
          lastUpdatedAt: fc.anything(),
        }),
        fc.anything(),
      ),
      details: fc.array(
        fc.oneof(fc.record({ parameter: fc.anything(), message: fc.anything() }), fc.anything()),
      ),
      errors: fc.anything(),
    },
    { requiredKeys: [] },
  )
  const body = fc.oneof(
    pluggyish,
    pluggyish.map((b) => JSON.stringify(b)),
    fc.anything(),
    fc.string(),
    fc.json(),
  )
  const headers = fc.oneof(
    fc.constant(undefined),
    fc.dictionary(
      fc.constantFrom('Retry-After', 'retry-after', 'RateLimit-Reset', 'X-RateLimit-Reset', 'x'),
      fc.oneof(
        fc.string(),
        fc.integer().map(String),
        fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
      ),
    ),
  )

  it('never throws and always returns a well-formed ApiProblem', () => {
    fc.assert(
      fc.property(status, body, headers, fc.date({ noInvalidDate: false }), (s, b, h, now) => {
        expectWellFormed(parseApiError(s, b, h, now))
      }),
      { numRuns: 2_000 },
    )
  })
})

describe('isApiProblem, ApiProblemError, getApiProblem', () => {
  const problem = parseApiError(429, null, { 'retry-after': '5' })

  it('isApiProblem recognises problems and rejects look-alikes', () => {
    expect(isApiProblem(problem)).toBe(true)
    expect(isApiProblem({ kind: 'server', status: 500, message: 'x' })).toBe(true)
    expect(isApiProblem({ kind: 'rate-limited', status: 429, message: 'x' })).toBe(false)
    expect(isApiProblem({ kind: 'validation', status: 400, message: 'x' })).toBe(false)
    expect(isApiProblem({ kind: 'teapot', status: 418, message: 'x' })).toBe(false)
    expect(isApiProblem(null)).toBe(false)
    expect(isApiProblem('server')).toBe(false)
  })

  it('ApiProblemError carries the problem and its message', () => {
    const cause = new Error('inner')
    const error = new ApiProblemError(problem, { cause })
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('ApiProblemError')
    expect(error.message).toBe(problem.message)
    expect(error.problem).toBe(problem)
    expect(error.cause).toBe(cause)
  })

  it('getApiProblem unwraps errors, bare problems and look-alike errors', () => {
    expect(getApiProblem(new ApiProblemError(problem))).toBe(problem)
    expect(getApiProblem(problem)).toBe(problem)
    expect(getApiProblem(Object.assign(new Error('x'), { problem }))).toBe(problem)
    expect(getApiProblem(new Error('x'))).toBeUndefined()
    expect(getApiProblem(undefined)).toBeUndefined()
  })
})
