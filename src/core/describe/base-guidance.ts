import type { ItemGuidance, Phase, Tone } from '../model'

/** Guidance before the parts every item gets alike (warnings, notices, auto-sync). */
export type BaseGuidance = Omit<ItemGuidance, 'warnings' | 'notices' | 'autoSync'>

export function baseGuidance(
  phase: Phase,
  reason: ItemGuidance['reason'],
  tone: Tone,
  rest: Partial<BaseGuidance> = {},
): BaseGuidance {
  return {
    phase,
    reason,
    tone,
    terminal: false,
    retryable: false,
    fetchableProducts: [],
    failedProducts: [],
    actions: [],
    alert: 'none',
    ...rest,
  }
}
