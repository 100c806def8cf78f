import type { Item as SdkItem } from 'pluggy-sdk'
import { describe, expectTypeOf, it } from 'vitest'
import {
  describeItem,
  parseApiError,
  parseItem,
  type ApiProblem,
  type GuidedAction,
  type Item,
  type ItemGuidance,
  type ItemStatus,
  type ProductKey,
} from '../../src/core'

describe('farol/core types', () => {
  it('accepts a pluggy-sdk Item', () => {
    const sdkItem = {} as SdkItem
    expectTypeOf(sdkItem).toExtend<Item>()
    expectTypeOf(describeItem(sdkItem)).toEqualTypeOf<ItemGuidance>()
    expectTypeOf(parseItem(sdkItem)).toEqualTypeOf<Item>()
  })

  it('keeps enum-like unions open', () => {
    expectTypeOf<'HIBERNATING'>().toExtend<ItemStatus>()
    expectTypeOf<'UPDATED'>().toExtend<ItemStatus>()
    // ProductKey is the closed set of statusDetail keys.
    expectTypeOf<'nonsense'>().not.toExtend<ProductKey>()
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
