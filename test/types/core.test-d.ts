import type { Connector as SdkConnector, Item as SdkItem } from 'pluggy-sdk'
import { describe, expectTypeOf, it } from 'vitest'
import {
  describeItem,
  parseApiError,
  parseItem,
  type ApiProblem,
  type Connector,
  type ConnectorHealthStatus,
  type ConnectorType,
  type CredentialType,
  type ExecutionStatus,
  type GuidanceReason,
  type GuidedAction,
  type GuidedActionType,
  type Item,
  type ItemErrorCode,
  type ItemGuidance,
  type ItemStatus,
  type Phase,
  type ProductKey,
  type ProductType,
  type SyncStep,
  type Tone,
  type UpdateRejectionReason,
} from '../../src/core'

describe('farol/core types', () => {
  it('accepts a pluggy-sdk Item', () => {
    const sdkItem = {} as SdkItem
    expectTypeOf(sdkItem).toExtend<Item>()
    expectTypeOf(describeItem(sdkItem)).toEqualTypeOf<ItemGuidance>()
    expectTypeOf(parseItem(sdkItem)).toEqualTypeOf<Item>()
  })

  it('accepts a pluggy-sdk Connector, alone and inside its Item', () => {
    expectTypeOf<SdkConnector>().toExtend<Connector>()
    expectTypeOf<NonNullable<SdkItem['connector']>>().toExtend<Connector>()
  })

  it('keeps enum-like unions open', () => {
    expectTypeOf<'HIBERNATING'>().toExtend<ItemStatus>()
    expectTypeOf<'UPDATED'>().toExtend<ItemStatus>()
    // ProductKey is the closed set of statusDetail keys.
    expectTypeOf<'nonsense'>().not.toExtend<ProductKey>()
  })

  it('takes any string where Pluggy may add values, yet keeps the known ones', () => {
    const unknown: string = 'SOMETHING_PLUGGY_ADDS_NEXT_YEAR'
    expectTypeOf(unknown).toExtend<ItemStatus>()
    expectTypeOf(unknown).toExtend<ExecutionStatus>()
    expectTypeOf(unknown).toExtend<ItemErrorCode>()
    expectTypeOf(unknown).toExtend<ConnectorType>()
    expectTypeOf(unknown).toExtend<ProductType>()
    expectTypeOf(unknown).toExtend<CredentialType>()
    expectTypeOf(unknown).toExtend<ConnectorHealthStatus>()
    expectTypeOf(unknown).toExtend<UpdateRejectionReason>()
    // Open, not widened to string: editors still complete the known values.
    expectTypeOf<'LOGIN_ERROR'>().toExtend<ItemStatus>()
    expectTypeOf<ItemStatus>().not.toEqualTypeOf<string>()
    const item = parseItem({ id: 'i', status: 'HIBERNATING' })
    expectTypeOf(item.status).toEqualTypeOf<ItemStatus>()
  })

  it("keeps farol's own vocabulary closed", () => {
    expectTypeOf<'nonsense'>().not.toExtend<Phase>()
    expectTypeOf<'nonsense'>().not.toExtend<Tone>()
    expectTypeOf<'nonsense'>().not.toExtend<GuidanceReason>()
    expectTypeOf<'nonsense'>().not.toExtend<SyncStep>()
    expectTypeOf<'nonsense'>().not.toExtend<GuidedActionType>()
    expectTypeOf<ItemGuidance['phase']>().toEqualTypeOf<Phase>()
    expectTypeOf<ItemGuidance['reason']>().toEqualTypeOf<GuidanceReason>()
  })

  it('narrows guided actions on type', () => {
    const action = {} as GuidedAction
    if (action.type === 'authorize-device') {
      expectTypeOf(action.deviceNickname).toEqualTypeOf<string | undefined>()
    }
    if (action.type === 'update-credentials') {
      expectTypeOf(action.fields[0]!.name).toEqualTypeOf<string>()
    }
    if (action.type === 'contact-support') {
      expectTypeOf(action).toHaveProperty('code')
    }
    if (action.type === 'act-at-institution') {
      expectTypeOf(action.resetPasswordUrl).toEqualTypeOf<string | undefined>()
      expectTypeOf(action).not.toHaveProperty('fields')
    }
    if (action.type === 'provide-mfa') {
      expectTypeOf(action.parameter.name).toEqualTypeOf<string>()
    }
  })

  it('lets a host handle every action type exhaustively', () => {
    const label = (action: GuidedAction): string => {
      switch (action.type) {
        case 'wait':
        case 'update-credentials':
        case 'provide-mfa':
        case 'authorize-device':
        case 'complete-user-action':
        case 'act-at-institution':
        case 'renew-consent':
        case 'retry':
        case 'contact-support':
          return action.type
        default:
          expectTypeOf(action).toBeNever()
          return action
      }
    }
    expectTypeOf(label).returns.toBeString()
  })

  it('narrows API problems on kind', () => {
    const problem = parseApiError(429, {})
    expectTypeOf(problem).toEqualTypeOf<ApiProblem>()
    if (problem.kind === 'rate-limited') expectTypeOf(problem.retryAfterMs).toBeNumber()
    if (problem.kind === 'validation') {
      expectTypeOf(problem.fieldErrors).toEqualTypeOf<Record<string, string[]>>()
    }
  })
})
