// farol/testing: the sandbox (a simulated Pluggy API) for stories and tests.
// Browser- and node-safe: nothing here imports node modules. Every public name is listed
// here; a type test pins the list (test/types/public-names.test-d.ts).
export { createSandbox } from './engine/create-sandbox'
export {
  DEFAULT_SETTINGS,
  SandboxError,
  type CreateItemOptions,
  type RequestLogEntry,
  type Sandbox,
  type SandboxOptions,
  type ScenarioInfo,
} from './engine/sandbox-types'
export {
  createManualClock,
  realClock,
  MANUAL_CLOCK_START,
  type Clock,
  type ManualClock,
} from './engine/clock'
export type { SandboxSettings } from './engine/engine'
export type { FaultOptions } from './engine/faults'
export type { SandboxRequest, SandboxResponse } from './engine/http-types'
export type { ApiErrorBody, ValidationIssue } from './engine/api-errors'
export type {
  ItemSetup,
  Outcome,
  RunPlan,
  SandboxScenario,
  ScenarioContext,
  Step,
  Wait,
} from './engine/plan'
export { DEFAULT_RATE_LIMITS } from './engine/rate-limit'
export { SANDBOX_API_KEY } from './engine/tokens'
export {
  ITEM_WEBHOOK_EVENTS,
  type ItemWebhookEvent,
  type ItemWebhookPayload,
  type WebhookDelivery,
  type WebhookRegistration,
} from './engine/webhooks'
export { SANDBOX_SCENARIOS, KNOWN_WARNING_ROWS } from './scenarios'
export {
  SANDBOX_CONNECTORS,
  SANDBOX_CREDENTIALS,
  SANDBOX_MFA_TOKEN,
  PLUGGY_BANK_ID,
  PLUGGY_BANK_MFA_ID,
  VALIDATION_BANK_ID,
  UNSTABLE_BANK_ID,
  OFFLINE_BANK_ID,
  OPEN_FINANCE_BANK_ID,
  type SandboxConnector,
} from './connectors'
export { SANDBOX_QR_PNG } from './assets'
export { createSandboxHandlers, type SandboxHandlersOptions } from './msw'
