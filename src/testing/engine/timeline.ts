import type { InputWait, Outcome, RunPlan, Step, Wait } from './plan'

/** One execution in flight: where the item's state comes from, given the time. */
export interface Run {
  startedAt: number
  stepMs: number
  plan: RunPlan
  /** How long an input or action wait lasts; `null` when it never expires. */
  waitTimeoutMs: number | null
  /** The outcome's effects (failed-login count, sync dates) were applied. */
  settled: boolean
}

export type Phase =
  | { kind: 'progress'; step: Step; since: number }
  | { kind: 'wait'; wait: Wait; since: number; expiresAt: number | null }
  | { kind: 'done'; outcome: Outcome; at: number }

export const INPUT_TIMEOUT_OUTCOME: Outcome = {
  kind: 'error',
  status: 'OUTDATED',
  error: {
    code: 'USER_INPUT_TIMEOUT',
    message: 'The user did not complete the requested input in time.',
  },
}

export function isWait(end: RunPlan['end']): end is Wait {
  return end.kind === 'input' || end.kind === 'device' || end.kind === 'action'
}

/** The state of a run at `now`: a pure function of the plan, the step length and the time. */
export function phaseAt(run: Run, now: number): Phase {
  let t = run.startedAt
  for (const step of run.plan.steps) {
    if (now < t + run.stepMs) return { kind: 'progress', step, since: t }
    t += run.stepMs
  }
  const end = run.plan.end
  if (!isWait(end)) return { kind: 'done', outcome: end, at: t }
  const expiresAt =
    end.kind === 'device' || run.waitTimeoutMs === null ? null : t + run.waitTimeoutMs
  if (expiresAt !== null && now >= expiresAt) {
    return {
      kind: 'done',
      outcome: (end.kind !== 'device' && end.onTimeout) || INPUT_TIMEOUT_OUTCOME,
      at: expiresAt,
    }
  }
  return { kind: 'wait', wait: end, since: t, expiresAt }
}

/** An Open Finance consent at the bank: an input wait whose prompt is `oauth`. */
export function isConsentWait(
  phase: Phase,
): phase is Extract<Phase, { kind: 'wait' }> & { wait: InputWait } {
  return (
    phase.kind === 'wait' && phase.wait.kind === 'input' && phase.wait.parameter.type === 'oauth'
  )
}
