// farol/testing/server: the sandbox over real HTTP (node only).
export {
  startSandboxServer,
  type SandboxServer,
  type SandboxServerOptions,
} from './start-sandbox-server'
export { LOCALHOST_ORIGIN, type CorsOrigins } from './cors'
export type { WebhookAttempt, WebhookDispatchOptions } from './webhook-dispatcher'
// The sandbox's HTTP plumbing, for hosts that serve it from their own server.
export { CONTROL_PREFIX, handleControlRequest, isControlPath } from '../control-routes'
export { serializeBody } from '../engine/http-types'
