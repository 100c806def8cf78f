import type { ConnectorHealth, Item, ProductType } from '../../core'
import { SANDBOX_CONNECTORS, connectorDefaults, type SandboxConnector } from '../connectors'
import { SANDBOX_SCENARIOS } from '../scenarios'
import { ApiErrorFactory, type ValidationIssue } from './api-errors'
import { realClock, type Clock } from './clock'
import type { CreateRecordArgs, Engine, RouteContext, SandboxSettings } from './engine'
import { createFaults, type FaultOptions } from './faults'
import type { SandboxRequest, SandboxResponse } from './http-types'
import { renderItem, scenarioContext, settle, startRun, type ItemRecord } from './item-record'
import type { RunPlan, SandboxScenario } from './plan'
import { createPrng, uuidFrom } from './prng'
import { productKeysOf } from './products'
import { createRateLimiter, DEFAULT_RATE_LIMITS } from './rate-limit'
import { normalizeRequest } from './request'
import { apiError, json, TOO_MANY_REQUESTS_MESSAGE } from './respond'
import { findRoute } from './router'
import { API_ROUTES } from './routes'
import { isWait } from './timeline'
import { createTokenStore, SANDBOX_API_KEY } from './tokens'

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS
const MAX_LOG = 1000

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
  apiKeyTtlMs: 2 * HOUR_MS,
  connectTokenTtlMs: 30 * 60_000,
}

function cloneConnectors(): Map<number, SandboxConnector> {
  return new Map(
    SANDBOX_CONNECTORS.map((c) => [c.id, JSON.parse(JSON.stringify(c)) as SandboxConnector]),
  )
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const clock = options.clock ?? realClock
  const seed = options.seed ?? 1
  const staticKeys = options.staticApiKeys ?? [SANDBOX_API_KEY]
  const scenarios = new Map<string, SandboxScenario>()
  for (const s of [...SANDBOX_SCENARIOS, ...(options.scenarios ?? [])]) scenarios.set(s.name, s)
  const initialSettings = (): SandboxSettings => {
    const {
      clock: _c,
      seed: _s,
      scenario: _sc,
      scenarios: _ss,
      staticApiKeys: _k,
      authorize: _a,
      ...rest
    } = options
    const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined))
    return {
      ...DEFAULT_SETTINGS,
      ...defined,
      rateLimits: { ...(rest.rateLimits ?? DEFAULT_RATE_LIMITS) },
    }
  }
  const initialScenario = options.scenario ?? null
  if (initialScenario !== null && !scenarios.has(initialScenario)) {
    throw new SandboxError(`Unknown scenario: ${initialScenario}`, 404)
  }

  let offset = 0
  let prng = createPrng(seed)
  let log: RequestLogEntry[] = []
  const rateLimiter = createRateLimiter()
  // Everything holds this proxy, so reset() can reseed in one place.
  const prngProxy = { next: () => prng.next(), int: (max: number) => prng.int(max) }
  const faults = createFaults(prngProxy)

  const engine: Engine = {
    settings: initialSettings(),
    now: () => clock.now() + offset,
    prng: prngProxy,
    errors: new ApiErrorFactory(prngProxy),
    tokens: createTokenStore(prngProxy, staticKeys),
    items: new Map(),
    connectors: cloneConnectors(),
    activeScenario: initialScenario,
    scenario: (name) => scenarios.get(name),
    authorize: (id, secret) => (options.authorize ? options.authorize(id, secret) : true),
    createRecord,
    phaseOf: (record) => settle(record, engine.now(), continueAfterApproval),
    context: (record) => scenarioContext(record, connectorOf(record), engine.now()),
    view,
    restart(record) {
      record.runIndex += 1
      record.lastClientUpdateAt = engine.now()
      beginRun(record, record.scenario.run(engine.context(record)), engine.now())
    },
    continueWith: (record, plan) => beginRun(record, plan, engine.now()),
    validationError,
  }

  function connectorOf(record: ItemRecord): SandboxConnector {
    const connector = engine.connectors.get(record.connectorId)
    if (!connector) throw new SandboxError(`Unknown connector ${record.connectorId}`, 500)
    return connector
  }

  function beginRun(record: ItemRecord, plan: RunPlan, at: number) {
    const { end } = plan
    const timeout =
      isWait(end) && end.kind === 'action'
        ? engine.settings.userActionTimeoutMs
        : engine.settings.mfaTimeoutMs
    startRun(record, plan, at, timeout)
  }

  function continueAfterApproval(record: ItemRecord, at: number) {
    const end = record.run.plan.end
    if (end.kind !== 'device') return
    beginRun(record, end.onApprove(scenarioContext(record, connectorOf(record), at)), at)
  }

  function view(record: ItemRecord): Item {
    const phase = engine.phaseOf(record)
    return renderItem(record, phase, {
      connector: connectorOf(record),
      autoSyncIntervalMs: engine.settings.autoSyncIntervalHours * HOUR_MS,
    })
  }

  function validationError(issues: ValidationIssue[]): SandboxResponse {
    if (engine.settings.validationShape === 'errors') {
      return json(400, {
        message: 'Connector parameters do not match validation rules',
        errors: issues,
      })
    }
    return apiError(engine.errors, 400, 'Invalid parameters', { details: issues })
  }

  function createRecord(args: CreateRecordArgs): ItemRecord {
    const now = engine.now()
    const { connector, scenario } = args
    const id = args.id ?? uuidFrom(prngProxy)
    if (engine.items.has(id)) throw new SandboxError(`Item ${id} already exists`, 409)
    const requested = (args.products ?? []).filter((p) => connector.products.includes(p))
    const productTypes = requested.length > 0 ? requested : [...connector.products]
    const record: ItemRecord = {
      id,
      connectorId: connector.id,
      scenario,
      createdAt: now,
      stepMs: args.stepMs ?? engine.settings.stepMs,
      productTypes,
      products: productKeysOf(productTypes),
      credentials: { ...args.credentials },
      credentialsSubmitted: true,
      runIndex: 0,
      run: {
        startedAt: now,
        stepMs: 0,
        plan: { steps: [], end: { kind: 'success' } },
        waitTimeoutMs: null,
        settled: true,
      },
      deviceApproved: false,
      failedLogins: 0,
      lastSyncAt: null,
      productSyncAt: {},
      lastClientUpdateAt: now,
      consentExpiresAt: connector.isOpenFinance ? now + 365 * DAY_MS : null,
      autoSyncDisabledAt: null,
      clientUserId: args.clientUserId ?? null,
      webhookUrl: args.webhookUrl ?? null,
      oauthRedirectUri: args.oauthRedirectUri ?? null,
      touchedAt: 0,
    }
    const ctx = scenarioContext(record, connector, now)
    const setup = scenario.setup?.(ctx) ?? {}
    if (setup.createdAgoMs !== undefined) record.createdAt = now - setup.createdAgoMs
    if (setup.lastSyncAgoMs !== undefined) {
      record.lastSyncAt = now - setup.lastSyncAgoMs
      for (const key of record.products) record.productSyncAt[key] = record.lastSyncAt
    }
    if (setup.consecutiveFailedLoginAttempts !== undefined) {
      record.failedLogins = setup.consecutiveFailedLoginAttempts
    }
    if (setup.consentExpiresInMs !== undefined) {
      record.consentExpiresAt =
        setup.consentExpiresInMs === null ? null : now + setup.consentExpiresInMs
    }
    if (setup.autoSyncDisabled) record.autoSyncDisabledAt = record.createdAt
    if (setup.clientUserId !== undefined) record.clientUserId = setup.clientUserId
    beginRun(record, scenario.run(ctx), now)
    engine.items.set(id, record)
    return record
  }

  function recordOf(itemId: string): ItemRecord {
    const record = engine.items.get(itemId)
    if (!record) throw new SandboxError(`Item ${itemId} not found`, 404)
    return record
  }

  function handle(request: SandboxRequest): SandboxResponse {
    const now = engine.now()
    const req = normalizeRequest(request)
    const done = (response: SandboxResponse) => {
      log.push({
        at: new Date(now).toISOString(),
        method: req.method,
        path: req.path,
        status: response.dropConnection ? 0 : response.status,
      })
      if (log.length > MAX_LOG) log = log.slice(-MAX_LOG)
      return response
    }
    if (req.method === 'OPTIONS') return done({ status: 204, headers: {}, body: undefined })

    const found = findRoute(API_ROUTES, req.method, req.path)
    if (!found) return done(apiError(engine.errors, 404, `Cannot ${req.method} ${req.path}`))
    if ('methodNotAllowed' in found) {
      const response = apiError(
        engine.errors,
        405,
        `Method ${req.method} not allowed on ${req.path}`,
      )
      response.headers.allow = found.methodNotAllowed.join(', ')
      return done(response)
    }
    const { route, params } = found

    const fault = faults.evaluate(`${req.method} ${req.path}`)
    if (fault.drop) return done({ status: 0, headers: {}, body: undefined, dropConnection: true })
    const finish = (response: SandboxResponse, extraHeaders: Record<string, string> = {}) => {
      response.headers = { ...response.headers, ...extraHeaders }
      if (fault.latencyMs > 0) response.delayMs = fault.latencyMs
      if (fault.malformed && response.body !== undefined && response.status !== 204) {
        const text = JSON.stringify(response.body)
        response.body = text.slice(0, Math.max(1, Math.floor(text.length / 2)))
        response.raw = true
      }
      return done(response)
    }

    let rateHeaders: Record<string, string> = {}
    const limit = fault.rateLimit ?? engine.settings.rateLimits[route.key]
    if (limit !== undefined) {
      const verdict = rateLimiter.hit(route.key, limit, now)
      rateHeaders = {
        'ratelimit-limit': String(verdict.limit),
        'ratelimit-remaining': String(verdict.remaining),
        'ratelimit-reset': String(verdict.resetSeconds),
      }
      if (!verdict.allowed) {
        return finish(json(429, { message: TOO_MANY_REQUESTS_MESSAGE, code: 429 }), {
          ...rateHeaders,
          'retry-after': '60',
        })
      }
    }
    if (fault.errorStatus !== null) {
      return finish(
        apiError(engine.errors, fault.errorStatus, 'Internal server error'),
        rateHeaders,
      )
    }
    if (!req.body.ok) {
      return finish(apiError(engine.errors, 400, 'Request body is not valid JSON'), rateHeaders)
    }

    let grant: RouteContext['grant']
    if (route.auth !== 'none') {
      const key = req.headers.get('x-api-key')
      grant = key ? engine.tokens.lookup(key) : undefined
      const unauthorized = (message: string) =>
        finish(
          apiError(engine.errors, 401, message, { codeDescription: 'INVALID_API_KEY' }),
          rateHeaders,
        )
      if (!key) return unauthorized('Missing X-API-KEY header')
      if (!grant) return unauthorized('Invalid API key')
      if (grant.expiresAt !== null && now >= grant.expiresAt) return unauthorized('API key expired')
      if (route.auth === 'api-key' && grant.kind !== 'api-key') {
        return finish(
          apiError(engine.errors, 403, 'A connect token cannot call this endpoint'),
          rateHeaders,
        )
      }
    }

    let response: SandboxResponse
    try {
      response = route.handle(engine, { req, params, grant, body: req.body.value })
    } catch (error) {
      const status = error instanceof SandboxError ? error.status : 500
      response = apiError(
        engine.errors,
        status,
        status === 500 ? 'Internal server error' : String((error as Error).message),
      )
    }
    return finish(response, rateHeaders)
  }

  const sandbox: Sandbox = {
    handle,
    clock,
    now: () => engine.now(),
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Cannot advance by ${ms} ms`)
      const manual = clock as Partial<{ advance(ms: number): void }>
      if (typeof manual.advance === 'function') manual.advance(ms)
      else offset += ms
    },
    useScenario(name) {
      if (name !== null && !scenarios.has(name))
        throw new SandboxError(`Unknown scenario: ${name}`, 404)
      engine.activeScenario = name
    },
    get activeScenario() {
      return engine.activeScenario
    },
    createItem(name, itemOptions = {}) {
      const scenario = scenarios.get(name)
      if (!scenario) throw new SandboxError(`Unknown scenario: ${name}`, 404)
      const connectorId = itemOptions.connectorId ?? scenario.connectorId ?? 0
      const connector = engine.connectors.get(connectorId)
      if (!connector) throw new SandboxError(`Unknown connector: ${connectorId}`, 404)
      const products = itemOptions.products ?? scenario.products
      const record = createRecord({
        scenario,
        connector,
        credentials: itemOptions.credentials ?? connectorDefaults(connectorId).credentials,
        ...(products ? { products } : {}),
        ...(itemOptions.id === undefined ? {} : { id: itemOptions.id }),
        ...(itemOptions.stepMs === undefined ? {} : { stepMs: itemOptions.stepMs }),
        clientUserId: itemOptions.clientUserId ?? null,
        webhookUrl: itemOptions.webhookUrl ?? null,
      })
      return view(record)
    },
    getItem(itemId) {
      const record = engine.items.get(itemId)
      return record ? view(record) : undefined
    },
    listItems: () => [...engine.items.values()].map(view),
    approveDevice(itemId) {
      const record = recordOf(itemId)
      const phase = engine.phaseOf(record)
      if (phase.kind === 'wait' && phase.wait.kind === 'device') {
        record.deviceApproved = true
        beginRun(record, phase.wait.onApprove(engine.context(record)), engine.now())
      } else {
        // Approving early is allowed: the item goes on as soon as the bank asks.
        record.deviceApproved = true
      }
      return view(record)
    },
    completeUserAction(itemId) {
      const record = recordOf(itemId)
      const phase = engine.phaseOf(record)
      if (phase.kind !== 'wait' || phase.wait.kind !== 'action') {
        throw new SandboxError(`Item ${itemId} is not waiting for a user action`, 409)
      }
      beginRun(record, phase.wait.onComplete(engine.context(record)), engine.now())
      return view(record)
    },
    injectFault: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    get faults() {
      return faults.list()
    },
    configure(settings) {
      const defined = Object.fromEntries(
        Object.entries(settings).filter(([, v]) => v !== undefined),
      )
      Object.assign(engine.settings, defined)
    },
    get settings() {
      return engine.settings
    },
    setConnectorHealth(connectorId, health) {
      const connector = engine.connectors.get(connectorId)
      if (!connector) throw new SandboxError(`Unknown connector: ${connectorId}`, 404)
      connector.health = {
        stage: null,
        details: { connectionRateLast6Hours: null, connectionsLast6Hours: null },
        ...health,
      }
    },
    reset() {
      offset = 0
      prng = createPrng(seed)
      log = []
      rateLimiter.clear()
      faults.clear()
      engine.tokens.clear()
      engine.items.clear()
      engine.connectors = cloneConnectors()
      engine.settings = initialSettings()
      engine.activeScenario = initialScenario
    },
    requests: () => [...log],
    issueApiKey: () => engine.tokens.issue('api-key', engine.now(), engine.settings.apiKeyTtlMs),
    issueConnectToken(tokenOptions = {}) {
      if (tokenOptions.itemId !== undefined && !engine.items.has(tokenOptions.itemId)) {
        throw new SandboxError(`Item ${tokenOptions.itemId} not found`, 404)
      }
      return engine.tokens.issue('connect-token', engine.now(), engine.settings.connectTokenTtlMs, {
        ...(tokenOptions.itemId === undefined ? {} : { itemId: tokenOptions.itemId }),
        ...(tokenOptions.clientUserId === undefined
          ? {}
          : { clientUserId: tokenOptions.clientUserId }),
      })
    },
    scenarios: [...scenarios.values()].map((s) => ({
      name: s.name,
      description: s.description,
      connectorId: s.connectorId ?? 0,
      settles: s.settles,
    })),
    get connectors() {
      return [...engine.connectors.values()]
    },
  }
  return sandbox
}
