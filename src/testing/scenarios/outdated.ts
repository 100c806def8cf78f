import type { ItemError } from '../../core'
import type { SandboxScenario } from '../engine/plan'
import {
  LOGIN_STEPS,
  USER_INPUT_TIMEOUT,
  failsWhileCollecting,
  fullSync,
  outdated,
  scenario,
} from './build'

const SITE_NOT_AVAILABLE: ItemError = {
  code: 'SITE_NOT_AVAILABLE',
  message: 'The institution is not available.',
}

function outdatedScenario(
  name: string,
  description: string,
  error: ItemError,
  executionStatus: string = error.code,
): SandboxScenario {
  return scenario({
    name,
    description,
    run: (ctx) => failsWhileCollecting(ctx, outdated(error, executionStatus)),
    settles: { status: 'OUTDATED', executionStatus },
  })
}

export const OUTDATED_SCENARIOS = [
  outdatedScenario(
    'site-not-available',
    'OUTDATED / SITE_NOT_AVAILABLE: the institution is unstable; retries fail until it recovers.',
    SITE_NOT_AVAILABLE,
  ),
  outdatedScenario(
    'outdated-error',
    'OUTDATED / ERROR: an unexpected error on Pluggy’s side (error.code UNEXPECTED_ERROR).',
    { code: 'UNEXPECTED_ERROR', message: 'An unexpected error occurred.' },
    'ERROR',
  ),
  outdatedScenario(
    'connection-error',
    'OUTDATED / CONNECTION_ERROR exactly as the errors page shows it.',
    { code: 'CONNECTION_ERROR', message: 'Connectivity error, please try again.' },
  ),
  outdatedScenario('unexpected-error', 'OUTDATED / UNEXPECTED_ERROR.', {
    code: 'UNEXPECTED_ERROR',
    message: 'An unexpected error occurred, please try again.',
  }),
  outdatedScenario(
    'outdated-mismatched-code',
    'OUTDATED with executionStatus CONNECTION_ERROR but error.code UNEXPECTED_ERROR (a docs example).',
    { code: 'UNEXPECTED_ERROR', message: 'Connectivity error, please try again.' },
    'CONNECTION_ERROR',
  ),
  scenario({
    name: 'user-input-timeout',
    description: 'OUTDATED / USER_INPUT_TIMEOUT: the user never finished the flow.',
    run: () => ({ steps: LOGIN_STEPS, end: USER_INPUT_TIMEOUT }),
    settles: { status: 'OUTDATED', executionStatus: 'USER_INPUT_TIMEOUT' },
  }),
  scenario({
    name: 'outdated-recovers',
    description: 'SITE_NOT_AVAILABLE first; the next PATCH goes UPDATING → UPDATED / SUCCESS.',
    run: (ctx) =>
      ctx.runIndex === 0 ? failsWhileCollecting(ctx, outdated(SITE_NOT_AVAILABLE)) : fullSync(ctx),
    settles: { status: 'OUTDATED', executionStatus: 'SITE_NOT_AVAILABLE' },
  }),
]

export { SITE_NOT_AVAILABLE }
