// farol/testing/server: the sandbox over real HTTP (node only).
export {
  startSandboxServer,
  type SandboxServer,
  type SandboxServerOptions,
} from './start-sandbox-server'
export { LOCALHOST_ORIGIN, type CorsOrigins } from './cors'
export type { WebhookAttempt, WebhookDispatchOptions } from './webhook-dispatcher'
