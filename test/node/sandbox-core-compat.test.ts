// farol's own core reads what the sandbox serves: items, guidance and every error body.
import { describe, expect, it } from 'vitest'
import { describeItem, parseApiError, parseItem } from '../../src/core'
import { SANDBOX_SCENARIOS, type SandboxResponse } from '../../src/testing'
import { testSandbox } from './sandbox-helpers'

const problem = (response: SandboxResponse) =>
  parseApiError(response.status, response.body, response.headers)

describe('farol core on sandbox output', () => {
  it.each(SANDBOX_SCENARIOS.map((s) => s.name))('%s parses and gets guidance', (name) => {
    const { sandbox, clock } = testSandbox({ stepMs: 0 })
    const item = parseItem(sandbox.createItem(name))
    const guidance = describeItem(item, { now: new Date(clock.now()) })
    if (name === 'unknown-values') expect(guidance.phase).toBe('unknown')
    else expect(guidance.phase).not.toBe('unknown')
  })

  it('classifies validation (both shapes), rejections and rate limits', () => {
    const { api, sandbox, clock } = testSandbox({ stepMs: 0, minUpdateFrequencyHours: 24 })
    const details = api('POST', '/items', { connectorId: 8, parameters: { user: 'abc' } })
    expect(problem(details)).toMatchObject({
      kind: 'validation',
      fieldErrors: { user: ['user parameter length must be at least 6.'] },
    })
    sandbox.configure({ validationShape: 'errors' })
    expect(problem(api('POST', '/items', { connectorId: 8, parameters: {} }))).toMatchObject({
      kind: 'validation',
      fieldErrors: { password: [expect.any(String)] },
    })

    const { id } = sandbox.createItem('success')
    const tooSoon = problem(api('PATCH', `/items/${id}`, {}))
    expect(tooSoon).toMatchObject({
      kind: 'update-rejected',
      reason: 'too-frequent',
      retryAt: new Date(clock.now() + 24 * 3_600_000).toISOString(),
    })
    const running = sandbox.createItem('success', { stepMs: 400 })
    expect(problem(api('PATCH', `/items/${running.id}`, {}))).toMatchObject({
      kind: 'update-rejected',
      reason: 'already-updating',
    })
    sandbox.injectFault({ rateLimit: 0 })
    expect(problem(api('GET', `/items/${id}`))).toMatchObject({
      kind: 'rate-limited',
      retryAfterMs: 60_000,
    })
    sandbox.clearFaults()
    expect(problem(api('GET', '/items/missing'))).toMatchObject({ kind: 'not-found' })
    expect(problem(sandbox.handle({ method: 'GET', path: '/connectors' }))).toMatchObject({
      kind: 'unauthorized',
    })
  })
})
