import type { ConnectorHealth, Item, ProductType } from '../../core'
import type { SandboxConnector } from '../connectors'
import type { Clock } from './clock'
import type { SandboxSettings } from './engine'
import type { FaultOptions } from './faults'
import type { SandboxRequest, SandboxResponse } from './http-types'
import type { SandboxScenario } from './plan'
import { DEFAULT_RATE_LIMITS } from './rate-limit'
import type { WebhookDelivery, WebhookRegistration } from './webhooks'

const HOUR_MS = 3_600_000

export interface SandboxOptions extends Partial<SandboxSettings> {
  /** Where time comes from. Default: real time. Use `createManualClock()` in tests. */
  clock?: Clock
  /** Seed of the PRNG behind ids, tokens and the 5xx fault. Default 1. */
  seed?: number
  /** Scenario every `POST /items` follows; `null` (default): each connector's own behaviour. */
  scenario?: string | null
  /** Extra scenarios, by name (they may replace built-in ones). */
  scenarios?: readonly SandboxScenario[]
  /** API keys accepted without `POST /auth`. Default `[SANDBOX_API_KEY]`. */
  staticApiKeys?: readonly string[]
  /** Decides `POST /auth`. Default: any non-empty clientId and clientSecret. */
  authorize?: (clientId: string, clientSecret: string) => boolean
}

export interface CreateItemOptions {
  connectorId?: number
  /** A fixed id, e.g. for stories. Default: a seeded UUID. */
  id?: string
  stepMs?: number
  products?: ProductType[]
  /** Stored credentials (never rendered). Default: ones the connector accepts. */
  credentials?: Record<string, string>
  clientUserId?: string | null
  webhookUrl?: string | null
}

export interface RequestLogEntry {
  at: string
  method: string
  path: string
  status: number
}

export interface ScenarioInfo {
  name: string
  description: string
  connectorId: number
  settles: SandboxScenario['settles']
}

/** Thrown by the control API (unknown item or scenario, item in the wrong state). */
export class SandboxError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
    this.name = 'SandboxError'
  }
}

export interface Sandbox {
  /** Answers one API request. Synchronous and pure apart from the sandbox's own state. */
  handle(request: SandboxRequest): SandboxResponse
  readonly clock: Clock
  /** The sandbox time, ms. */
  now(): number
  /** Moves the manual clock (or, with a real clock, the sandbox's own offset) forward. */
  advance(ms: number): void
  /** The scenario later `POST /items` follow; `null` restores each connector's own behaviour. */
  useScenario(name: string | null): void
  readonly activeScenario: string | null
  /** Creates an item directly, as if `POST /items` had been called. */
  createItem(scenario: string, options?: CreateItemOptions): Item
  getItem(itemId: string): Item | undefined
  listItems(): Item[]
  /** The user approved this device at the bank (USER_AUTHORIZATION_PENDING). */
  approveDevice(itemId: string): Item
  /** The user did what `userAction` asked (WAITING_USER_ACTION). */
  completeUserAction(itemId: string): Item
  /**
   * The user approved (syncs) or refused (LOGIN_ERROR / USER_AUTHORIZATION_NOT_GRANTED)
   * the Open Finance consent at the bank, as the HTTP server's bank page does.
   */
  answerConsent(itemId: string, approved: boolean): Item
  /** The HTTP server serving this sandbox (`startSandboxServer` sets it; `reset` keeps it). */
  serverUrl: string | null
  /** Adds a fault; returns a function that removes it. */
  injectFault(fault: FaultOptions): () => void
  clearFaults(): void
  readonly faults: FaultOptions[]
  configure(settings: Partial<SandboxSettings>): void
  readonly settings: Readonly<SandboxSettings>
  setConnectorHealth(connectorId: number, health: ConnectorHealth): void
  /** Back to the state right after `createSandbox` (same seed, same settings). */
  reset(): void
  /** Method, path, status of each API request (no bodies, no headers, no query). */
  requests(): RequestLogEntry[]
  /**
   * The webhooks owed since the last call: one per item transition and receiver
   * (`POST /webhooks` registrations, an item's `webhookUrl`). The HTTP server
   * calls it on a timer and delivers them; tests may call it directly.
   */
  takeWebhookDeliveries(): WebhookDelivery[]
  /** `POST /webhooks` registrations. */
  readonly webhooks: readonly WebhookRegistration[]
  issueApiKey(): string
  issueConnectToken(options?: { itemId?: string; clientUserId?: string }): string
  readonly scenarios: readonly ScenarioInfo[]
  readonly connectors: readonly SandboxConnector[]
}

export const DEFAULT_SETTINGS: Readonly<SandboxSettings> = {
  stepMs: 400,
  validationShape: 'details',
  minUpdateFrequencyHours: null,
  rateLimits: DEFAULT_RATE_LIMITS,
  deleteStatus: 200,
  autoSyncIntervalHours: 24,
  mfaTimeoutMs: 5 * 60_000,
  userActionTimeoutMs: 10 * 60_000,
  consentTimeoutMs: 20 * 60_000,
  consentBaseUrl: null,
  maxItems: null,
  apiKeyTtlMs: 2 * HOUR_MS,
  connectTokenTtlMs: 30 * 60_000,
}
