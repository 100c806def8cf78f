import type { SandboxScenario } from '../engine/plan'
import { CONDITION_SCENARIOS } from './conditions'
import { KNOWN_WARNING_SCENARIOS } from './known-warnings'
import { LOGIN_ERROR_SCENARIOS } from './login-errors'
import { OUTDATED_SCENARIOS } from './outdated'
import { SYNC_RESULT_SCENARIOS } from './sync-results'
import { WAIT_SCENARIOS } from './waits'

/** Every built-in scenario, each with a one-line `description`. */
export const SANDBOX_SCENARIOS: readonly SandboxScenario[] = [
  ...SYNC_RESULT_SCENARIOS,
  ...LOGIN_ERROR_SCENARIOS,
  ...OUTDATED_SCENARIOS,
  ...WAIT_SCENARIOS,
  ...CONDITION_SCENARIOS,
  ...KNOWN_WARNING_SCENARIOS,
]

export { KNOWN_WARNING_ROWS } from './known-warnings'
export { TOKEN_PARAMETER } from './waits'
