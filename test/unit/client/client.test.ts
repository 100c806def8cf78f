import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiProblemError, getApiProblem } from '../../../src/core'
import type { ApiProblem } from '../../../src/core'
import { createPluggyClient } from '../../../src/client'

const ITEM = { id: 'item-1', status: 'UPDATED', executionStatus: 'SUCCESS', error: null }
const CONNECTOR = { id: 0, name: 'Pluggy Bank', credentials: [] }
const KEY = 'ct-SECRET-connect-token-0001'

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  })
}

/** A fetch that records calls and answers from `handler`. */
function fakeFetch(handler: Handler) {
  const calls: Array<{ url: string; init: RequestInit }> = []
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input)
    calls.push({ url, init })
    return handler(url, init)
  })
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls }
}

function headerOf(init: RequestInit, name: string): string | undefined {
  const headers = new Headers(init.headers)
  return headers.get(name) ?? undefined
}

async function problemOf(promise: Promise<unknown>): Promise<ApiProblem> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ApiProblemError)
    const problem = getApiProblem(error)
    expect(problem).toBeDefined()
    return problem as ApiProblem
  }
  throw new Error('expected a rejection')
}

/** Everything observable about an error, for "no secret anywhere" checks. */
function exposed(error: unknown): string {
  const e = error as Error & { problem?: unknown; cause?: unknown }
  return [e.message, e.stack, JSON.stringify(e.problem), String(e.cause)].join('\n')
}

afterEach(() => {
  vi.useRealTimers()
})

describe('requests', () => {
  it('GET /items/{id} with X-API-KEY and Accept, parsed through parseItem', async () => {
    const { fetch, calls } = fakeFetch(() => jsonResponse(200, ITEM))
    const client = createPluggyClient({ apiKey: KEY, fetch })
    const item = await client.getItem('item-1')
    expect(item).toMatchObject({ id: 'item-1', status: 'UPDATED' })
    expect(calls).toHaveLength(1)
    expect(calls[0]?.url).toBe('https://api.pluggy.ai/items/item-1')
    expect(calls[0]?.init.method).toBe('GET')
    expect(headerOf(calls[0]!.init, 'x-api-key')).toBe(KEY)
    expect(headerOf(calls[0]!.init, 'accept')).toBe('application/json')
    expect(calls[0]?.init.body).toBeUndefined()
  })

  it('encodes ids into paths', async () => {
    const { fetch, calls } = fakeFetch(() => jsonResponse(200, ITEM))
    const client = createPluggyClient({ apiKey: KEY, fetch })
    await client.getItem('../connectors/1?x=#y')
    expect(calls[0]?.url).toBe('https://api.pluggy.ai/items/..%2Fconnectors%2F1%3Fx%3D%23y')
  })

  it('takes a host proxy base (relative, trailing slash) and sends no key when it has none', async () => {
    const { fetch, calls } = fakeFetch(() => jsonResponse(200, ITEM))
    const client = createPluggyClient({ baseUrl: '/api/pluggy/', fetch })
    await client.getItem('a')
    expect(calls[0]?.url).toBe('/api/pluggy/items/a')
    expect(headerOf(calls[0]!.init, 'x-api-key')).toBeUndefined()
  })

  it('reads getApiKey before every request (it wins over apiKey)', async () => {
    const { fetch, calls } = fakeFetch(() => jsonResponse(200, ITEM))
    let n = 0
    const client = createPluggyClient({ apiKey: 'ignored', getApiKey: () => `key-${++n}`, fetch })
    await client.getItem('a')
    await client.getItem('a')
    expect(calls.map((c) => headerOf(c.init, 'x-api-key'))).toEqual(['key-1', 'key-2'])
  })

  it('PATCH /items/{id}: {} reuses stored credentials; parameters are sent as JSON', async () => {
    const { fetch, calls } = fakeFetch(() => jsonResponse(200, { ...ITEM, status: 'UPDATING' }))
    const client = createPluggyClient({ apiKey: KEY, fetch })
    await client.updateItem('a')
    await client.updateItem('a', { parameters: { user: 'u', password: 'p' } })
    expect(calls.map((c) => [c.init.method, c.init.body])).toEqual([
      ['PATCH', '{}'],
      ['PATCH', '{"parameters":{"user":"u","password":"p"}}'],
    ])
    expect(headerOf(calls[0]!.init, 'content-type')).toBe('application/json')
  })

  it('POST /items/{id}/mfa with the values; GET /connectors/{id}; DELETE /items/{id}', async () => {
    const { fetch, calls } = fakeFetch((url, init) => {
      if (url.includes('/connectors/')) return jsonResponse(200, CONNECTOR)
      if (init.method === 'DELETE') return new Response(null, { status: 204 })
      return jsonResponse(200, ITEM)
    })
    const client = createPluggyClient({ apiKey: KEY, fetch })
    await client.submitMfa('a', { token: '123456' })
    const connector = await client.getConnector(0)
    await expect(client.deleteItem('a')).resolves.toBeUndefined()
    expect(connector).toMatchObject({ id: 0, name: 'Pluggy Bank' })
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual([
      'POST https://api.pluggy.ai/items/a/mfa',
      'GET https://api.pluggy.ai/connectors/0',
      'DELETE https://api.pluggy.ai/items/a',
    ])
    expect(calls[0]?.init.body).toBe('{"token":"123456"}')
  })

  it('calls a host fetch with the global as `this` (window.fetch needs it)', async () => {
    const seen: unknown[] = []
    const fetch = function (this: unknown) {
      seen.push(this)
      return Promise.resolve(jsonResponse(200, ITEM))
    } as unknown as typeof globalThis.fetch
    await createPluggyClient({ fetch }).getItem('a')
    expect(seen).toEqual([globalThis])
  })
})

describe('error classification', () => {
  const cases: Array<[string, Response, Partial<ApiProblem>]> = [
    [
      '400 details[] → validation',
      jsonResponse(400, {
        code: 400,
        message: 'Invalid parameters',
        details: [{ code: '002', parameter: 'user', message: 'Usuário inválido' }],
      }),
      { kind: 'validation', status: 400, fieldErrors: { user: ['Usuário inválido'] } },
    ],
    [
      '401 → unauthorized',
      jsonResponse(401, { code: 401, message: 'Invalid API key' }),
      { kind: 'unauthorized', status: 401 },
    ],
    ['403 → forbidden', jsonResponse(403, { code: 403, message: 'no' }), { kind: 'forbidden' }],
    ['404 → not-found', jsonResponse(404, { code: 404, message: 'no' }), { kind: 'not-found' }],
    [
      '409 ITEM_ALREADY_UPDATING → update-rejected already-updating',
      jsonResponse(409, { code: 409, message: 'x', codeDescription: 'ITEM_ALREADY_UPDATING' }),
      { kind: 'update-rejected', reason: 'already-updating' },
    ],
    [
      '429 → rate-limited with Retry-After',
      jsonResponse(429, { code: 429, message: 'Too many requests' }, { 'retry-after': '60' }),
      { kind: 'rate-limited', retryAfterMs: 60_000 },
    ],
    ['500 → server', jsonResponse(500, { code: 500, message: 'boom' }), { kind: 'server' }],
    [
      '502 HTML page → server',
      new Response('<html>Bad gateway</html>', { status: 502 }),
      { kind: 'server', status: 502 },
    ],
    [
      '200 malformed JSON → invalid-response',
      new Response('{"id":"item-1","sta', { status: 200 }),
      { kind: 'invalid-response', status: 200 },
    ],
    [
      '200 JSON that is not an item → invalid-response',
      jsonResponse(200, { hello: 'world' }),
      { kind: 'invalid-response', status: 200 },
    ],
  ]
  it.each(cases)('%s', async (_name, response, expected) => {
    const { fetch } = fakeFetch(() => response)
    const problem = await problemOf(createPluggyClient({ apiKey: KEY, fetch }).getItem('a'))
    expect(problem).toMatchObject(expected)
  })

  it('a connector response that is not a connector → invalid-response', async () => {
    const { fetch } = fakeFetch(() => jsonResponse(200, ['nope']))
    const problem = await problemOf(createPluggyClient({ fetch }).getConnector(1))
    expect(problem.kind).toBe('invalid-response')
  })

  it('a fetch that throws → network', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')))
    const problem = await problemOf(createPluggyClient({ fetch }).getItem('a'))
    expect(problem).toMatchObject({ kind: 'network', status: 0, message: 'Failed to fetch' })
  })

  it('getApiKey that throws → unauthorized, no request sent', async () => {
    const { fetch, calls } = fakeFetch(() => jsonResponse(200, ITEM))
    const getApiKey = () => Promise.reject(new Error(`token service said ${KEY}`))
    const problem = await problemOf(createPluggyClient({ getApiKey, fetch }).getItem('a'))
    expect(problem.kind).toBe('unauthorized')
    expect(JSON.stringify(problem)).not.toContain(KEY)
    expect(calls).toHaveLength(0)
  })
})

/** A fetch that answers only when its signal aborts (or never). */
function hangingFetch() {
  const signals: AbortSignal[] = []
  const fetch = vi.fn(
    (_url: RequestInfo | URL, init: RequestInit = {}) =>
      new Promise<Response>((_resolve, reject) => {
        const signal = init.signal as AbortSignal
        signals.push(signal)
        signal.addEventListener('abort', () => reject(signal.reason), { once: true })
      }),
  )
  return { fetch: fetch as unknown as typeof globalThis.fetch, signals }
}

describe('timeouts and aborts', () => {
  it('times out after timeoutMs → network with timedOut, and aborts the fetch', async () => {
    vi.useFakeTimers()
    const { fetch, signals } = hangingFetch()
    const promise = problemOf(createPluggyClient({ fetch, timeoutMs: 5_000 }).getItem('a'))
    await vi.advanceTimersByTimeAsync(4_999)
    expect(signals[0]?.aborted).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    const problem = await promise
    expect(problem).toMatchObject({ kind: 'network', status: 0, timedOut: true })
    expect(signals[0]?.aborted).toBe(true)
  })

  it('defaults to 15 s', async () => {
    vi.useFakeTimers()
    const { fetch } = hangingFetch()
    const promise = problemOf(createPluggyClient({ fetch }).getItem('a'))
    await vi.advanceTimersByTimeAsync(15_000)
    expect(await promise).toMatchObject({ kind: 'network', timedOut: true })
  })

  it('covers reading the body, not just the headers', async () => {
    vi.useFakeTimers()
    const fetch = ((_url: RequestInfo | URL, init: RequestInit = {}) => {
      const signal = init.signal as AbortSignal
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"id":'))
          signal.addEventListener('abort', () => controller.error(signal.reason))
        },
      })
      return Promise.resolve(new Response(body, { status: 200 }))
    }) as typeof globalThis.fetch
    const promise = problemOf(createPluggyClient({ fetch, timeoutMs: 1_000 }).getItem('a'))
    await vi.advanceTimersByTimeAsync(1_000)
    expect(await promise).toMatchObject({ kind: 'network', timedOut: true })
  })

  it("the caller's abort rejects with the caller's reason (not a problem) and aborts the fetch", async () => {
    const { fetch, signals } = hangingFetch()
    const controller = new AbortController()
    const promise = createPluggyClient({ fetch }).getItem('a', { signal: controller.signal })
    await Promise.resolve()
    await Promise.resolve()
    controller.abort(new DOMException('gone', 'AbortError'))
    await expect(promise).rejects.toMatchObject({ name: 'AbortError', message: 'gone' })
    expect(signals[0]?.aborted).toBe(true)
  })

  it('an already-aborted signal sends nothing', async () => {
    const { fetch, signals } = hangingFetch()
    const controller = new AbortController()
    controller.abort()
    await expect(
      createPluggyClient({ fetch }).getItem('a', { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' })
    expect(signals).toHaveLength(0)
  })

  it('clears its timer and listener once answered', async () => {
    vi.useFakeTimers()
    const { fetch } = fakeFetch(() => jsonResponse(200, ITEM))
    const controller = new AbortController()
    const remove = vi.spyOn(controller.signal, 'removeEventListener')
    await createPluggyClient({ fetch, timeoutMs: 1_000 }).getItem('a', {
      signal: controller.signal,
    })
    expect(vi.getTimerCount()).toBe(0)
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function))
  })
})

describe('401: one refresh, one retry', () => {
  it('calls onAuthError once, retries once with the new key, and succeeds', async () => {
    let key = 'expired-token'
    const { fetch, calls } = fakeFetch((_url, init) =>
      headerOf(init, 'x-api-key') === 'fresh-token'
        ? jsonResponse(200, ITEM)
        : jsonResponse(401, { code: 401, message: 'Invalid API key' }),
    )
    const onAuthError = vi.fn(() => {
      key = 'fresh-token'
    })
    const client = createPluggyClient({ getApiKey: () => key, onAuthError, fetch })
    await expect(client.getItem('a')).resolves.toMatchObject({ id: 'item-1' })
    expect(onAuthError).toHaveBeenCalledTimes(1)
    expect(calls.map((c) => headerOf(c.init, 'x-api-key'))).toEqual([
      'expired-token',
      'fresh-token',
    ])
  })

  it('surfaces unauthorized when the retry is refused too (two requests, one refresh)', async () => {
    const { fetch, calls } = fakeFetch(() => jsonResponse(401, { code: 401, message: 'nope' }))
    const onAuthError = vi.fn(async () => {})
    const problem = await problemOf(
      createPluggyClient({ apiKey: KEY, onAuthError, fetch }).getItem('a'),
    )
    expect(problem.kind).toBe('unauthorized')
    expect(onAuthError).toHaveBeenCalledTimes(1)
    expect(calls).toHaveLength(2)
  })

  it('without onAuthError a 401 surfaces at once', async () => {
    const { fetch, calls } = fakeFetch(() => jsonResponse(401, { code: 401, message: 'nope' }))
    const problem = await problemOf(createPluggyClient({ apiKey: KEY, fetch }).getItem('a'))
    expect(problem.kind).toBe('unauthorized')
    expect(calls).toHaveLength(1)
  })

  it('an onAuthError that throws still ends in unauthorized, not in its own error', async () => {
    const { fetch } = fakeFetch(() => jsonResponse(401, { code: 401, message: 'nope' }))
    const onAuthError = () => {
      throw new Error(`refresh failed for ${KEY}`)
    }
    const client = createPluggyClient({ apiKey: KEY, onAuthError, fetch })
    const error = await client.getItem('a').catch((e: unknown) => e)
    expect(getApiProblem(error)?.kind).toBe('unauthorized')
    expect(exposed(error)).not.toContain(KEY)
  })

  it('concurrent 401s share one refresh', async () => {
    let key = 'old'
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    const { fetch } = fakeFetch((_url, init) =>
      headerOf(init, 'x-api-key') === 'new'
        ? jsonResponse(200, ITEM)
        : jsonResponse(401, { code: 401, message: 'expired' }),
    )
    const onAuthError = vi.fn(async () => {
      await gate
      key = 'new'
    })
    const client = createPluggyClient({ getApiKey: () => key, onAuthError, fetch })
    const all = Promise.all([client.getItem('a'), client.getItem('b'), client.getItem('c')])
    await new Promise((resolve) => setTimeout(resolve, 0))
    release()
    await expect(all).resolves.toHaveLength(3)
    expect(onAuthError).toHaveBeenCalledTimes(1)
  })
})

describe('no secret in any error', () => {
  const PASSWORD = 'typed-Pa55word!'
  const TOKEN = '987654'

  it('the API key echoed by the server is redacted from the message', async () => {
    const { fetch } = fakeFetch(() =>
      jsonResponse(401, { code: 401, message: `Key ${KEY} is invalid` }),
    )
    const error = await createPluggyClient({ apiKey: KEY, fetch })
      .getItem('a')
      .catch((e: unknown) => e)
    expect(exposed(error)).not.toContain(KEY)
    expect((error as Error).message).toContain('[redacted]')
  })

  it('typed credentials echoed in a 400 (message and details) are redacted', async () => {
    const { fetch } = fakeFetch(() =>
      jsonResponse(400, {
        code: 400,
        message: `Password ${PASSWORD} does not match`,
        details: [{ parameter: 'password', message: `"${PASSWORD}" is not valid`, code: '002' }],
      }),
    )
    const error = await createPluggyClient({ apiKey: KEY, fetch })
      .updateItem('a', { parameters: { user: 'user-ok', password: PASSWORD } })
      .catch((e: unknown) => e)
    const problem = getApiProblem(error)
    expect(problem?.kind).toBe('validation')
    expect(exposed(error)).not.toContain(PASSWORD)
    expect(problem?.kind === 'validation' && problem.fieldErrors.password).toEqual([
      '"[redacted]" is not valid',
    ])
  })

  it('an MFA value echoed by the server is redacted; request bodies never appear', async () => {
    const { fetch } = fakeFetch(() =>
      jsonResponse(500, { code: 500, message: `failed on token=${TOKEN}` }),
    )
    const error = await createPluggyClient({ apiKey: KEY, fetch })
      .submitMfa('a', { token: TOKEN })
      .catch((e: unknown) => e)
    expect(exposed(error)).not.toContain(TOKEN)
  })

  it('network and timeout errors carry neither the key nor the body', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')))
    const error = await createPluggyClient({ apiKey: KEY, fetch })
      .updateItem('a', { parameters: { password: PASSWORD } })
      .catch((e: unknown) => e)
    expect(getApiProblem(error)?.kind).toBe('network')
    expect(exposed(error)).not.toContain(KEY)
    expect(exposed(error)).not.toContain(PASSWORD)
  })

  it('the parser never quotes the rejected value', async () => {
    const { fetch } = fakeFetch(() => jsonResponse(200, { id: 'x', status: { secret: KEY } }))
    const error = await createPluggyClient({ apiKey: KEY, fetch })
      .getItem('a')
      .catch((e: unknown) => e)
    expect(getApiProblem(error)?.kind).toBe('invalid-response')
    expect(exposed(error)).not.toContain(KEY)
  })

  it('logs nothing', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(() => {}),
    )
    const { fetch } = fakeFetch(() => jsonResponse(500, { message: KEY }))
    await createPluggyClient({ apiKey: KEY, fetch, onAuthError: () => {} })
      .updateItem('a', { parameters: { password: PASSWORD } })
      .catch(() => {})
    for (const spy of spies) {
      expect(spy).not.toHaveBeenCalled()
      spy.mockRestore()
    }
  })
})
