import type { Item, ProductType } from '../../core'
import type { SandboxConnector } from '../connectors'
import type { ApiErrorFactory, ValidationIssue } from './api-errors'
import type { SandboxResponse } from './http-types'
import type { ItemRecord } from './item-record'
import type { RunPlan, SandboxScenario, ScenarioContext } from './plan'
import type { Prng } from './prng'
import type { NormalizedRequest } from './request'
import type { Phase } from './timeline'
import type { TokenGrant, TokenStore } from './tokens'
import type { WebhookTracker } from './webhooks'

/** Settings that `configure()` may change at any time. */
export interface SandboxSettings {
  /** Length of each in-progress step, ms. Default 400; 0 jumps straight to the end. */
  stepMs: number
  /** 400 credential errors as the API's `details[]` (default) or the errors page's `errors[]`. */
  validationShape: 'details' | 'errors'
  /** PATCH answers 409 CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY within this many hours. */
  minUpdateFrequencyHours: number | null
  /** Requests per minute per endpoint key, e.g. `{ 'PATCH /items/:id': 20 }`. */
  rateLimits: Record<string, number>
  /** `DELETE /items/:id`: 200 `{ count: 1 }` (API reference, pluggy-sdk) or 204 (consent docs). */
  deleteStatus: 200 | 204
  autoSyncIntervalHours: number
  /** How long an MFA prompt waits (`parameter.expiresAt`). */
  mfaTimeoutMs: number
  /** How long a user action waits (`userAction.expiresAt`). */
  userActionTimeoutMs: number
  /** How long an Open Finance consent waits before OUTDATED / USER_INPUT_TIMEOUT (Pluggy: ≈ 20 min). */
  consentTimeoutMs: number
  /**
   * Origin of the sandbox bank's consent page (`/sandbox/bank/consent?itemId=`). `null`
   * (default): the HTTP server serving the sandbox, else `https://bank.sandbox.invalid`
   * (behind MSW there is no page: answer with `answerConsent`).
   */
  consentBaseUrl: string | null
  /** `POST /items` answers 409 ITEM_CREATION_LIMIT_EXCEEDED once this many items exist. */
  maxItems: number | null
  apiKeyTtlMs: number
  connectTokenTtlMs: number
}

export interface CreateRecordArgs {
  scenario: SandboxScenario
  connector: SandboxConnector
  credentials: Record<string, string>
  products?: ProductType[]
  id?: string
  stepMs?: number
  clientUserId?: string | null
  webhookUrl?: string | null
  oauthRedirectUri?: string | null
}

/** The engine's state and helpers, as the route handlers see them. */
export interface Engine {
  settings: SandboxSettings
  now(): number
  prng: Prng
  errors: ApiErrorFactory
  tokens: TokenStore
  items: Map<string, ItemRecord>
  connectors: Map<number, SandboxConnector>
  activeScenario: string | null
  scenario(name: string): SandboxScenario | undefined
  authorize(clientId: string, clientSecret: string): boolean
  createRecord(args: CreateRecordArgs): ItemRecord
  phaseOf(record: ItemRecord): Phase
  context(record: ItemRecord): ScenarioContext
  view(record: ItemRecord): Item
  /** A new execution from the scenario (PATCH). */
  restart(record: ItemRecord): void
  /** Carry on the current execution with this plan (MFA answered, device approved…). */
  continueWith(record: ItemRecord, plan: RunPlan): void
  validationError(issues: ValidationIssue[]): SandboxResponse
  /** Webhook registrations and the item transitions already reported. */
  webhooks: WebhookTracker
  /** Every item as the API shows it now, with its run index (for the webhook tracker). */
  itemViews(): Array<{ item: Item; run: number }>
}

export interface RouteContext {
  req: NormalizedRequest
  params: Record<string, string>
  /** The caller's API key or connect token (absent on public routes). */
  grant: TokenGrant | undefined
  body: unknown
}

export type RouteHandler = (engine: Engine, ctx: RouteContext) => SandboxResponse
