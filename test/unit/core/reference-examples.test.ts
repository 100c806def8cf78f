// Each JSON example on Pluggy's "Errors & Validations" page, through farol.
import { describe, expect, it } from 'vitest'
import { describeItem, parseApiError, parseItem } from '../../../src/core'
import {
  accountNeedsActionError,
  deviceAuthorizationError,
  investmentsWarningDetail,
  loginErrorItem,
  outdatedItem,
  partialItem,
  successItem,
  validationErrorBody,
} from '../../fixtures/reference-examples'

const NOW = { now: new Date('2026-07-20T10:00:00Z') }

describe('the reference page examples', () => {
  it('SUCCESS: every product may be fetched, nothing to do', () => {
    const guidance = describeItem(parseItem(successItem), NOW)
    expect(guidance).toMatchObject({ phase: 'ready', tone: 'success', alert: 'none', actions: [] })
    expect(guidance.fetchableProducts).toHaveLength(9)
  })

  it('LOGIN_ERROR INVALID_CREDENTIALS: no product, ask for credentials again', () => {
    const guidance = describeItem(parseItem(loginErrorItem), NOW)
    expect(guidance).toMatchObject({
      phase: 'login-error',
      reason: 'invalid-credentials',
      fetchableProducts: [],
      retryable: false,
    })
    expect(guidance.actions[0]?.type).toBe('update-credentials')
  })

  it('OUTDATED CONNECTION_ERROR: no product, retry, internal alert', () => {
    const guidance = describeItem(parseItem(outdatedItem), NOW)
    expect(guidance).toMatchObject({
      phase: 'outdated',
      reason: 'connection-error',
      fetchableProducts: [],
      retryable: true,
      alert: 'internal',
    })
  })

  it('PARTIAL_SUCCESS: fetch accounts only; transactions failed (critical)', () => {
    const guidance = describeItem(parseItem(partialItem), NOW)
    expect(guidance).toMatchObject({
      phase: 'partial',
      fetchableProducts: ['accounts'],
      failedProducts: ['transactions'],
      alert: 'internal',
    })
  })

  it('USER_AUTHORIZATION_PENDING: authorize the named device', () => {
    const raw = {
      ...outdatedItem,
      executionStatus: 'USER_AUTHORIZATION_PENDING',
      error: deviceAuthorizationError,
    }
    const guidance = describeItem(parseItem(raw), NOW)
    expect(guidance.actions[0]).toEqual({ type: 'authorize-device', deviceNickname: '123456789' })
  })

  it('ACCOUNT_NEEDS_ACTION: show the institution message verbatim', () => {
    const raw = {
      ...loginErrorItem,
      executionStatus: 'ACCOUNT_NEEDS_ACTION',
      error: accountNeedsActionError,
    }
    const guidance = describeItem(parseItem(raw), NOW)
    expect(guidance.reason).toBe('account-needs-action')
    expect(guidance.providerMessage).toBe('Your password should be changed')
  })

  it('a warning on an updated product is kept with its provider message', () => {
    const raw = { ...successItem, statusDetail: investmentsWarningDetail }
    const guidance = describeItem(parseItem(raw), NOW)
    expect(guidance.phase).toBe('ready')
    expect(guidance.fetchableProducts).toEqual(['investments'])
    expect(guidance.warnings).toEqual([
      {
        product: 'investments',
        code: '001',
        message: 'User lacks permissions to view investments on this account',
        providerMessage: 'Seu perfil de usuário não está habilitado para esta transação.',
      },
    ])
  })

  it('the validation example maps errors to their fields', () => {
    const problem = parseApiError(400, validationErrorBody)
    expect(problem.kind).toBe('validation')
    expect(problem.kind === 'validation' && problem.fieldErrors).toEqual({
      user: ['user parameter length must be at least 6.'],
      password: ['password parameter length must be at least 6.'],
    })
  })
})
