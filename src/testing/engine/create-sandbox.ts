import type { Item } from '../../core'
import { SANDBOX_CONNECTORS, connectorDefaults, type SandboxConnector } from '../connectors'
import { SANDBOX_SCENARIOS } from '../scenarios'
import { ApiErrorFactory, type ValidationIssue } from './api-errors'
import { realClock } from './clock'
import type { CreateRecordArgs, Engine, SandboxSettings } from './engine'
import { createFaults } from './faults'
import { createRequestHandler } from './handle-request'
import type { SandboxResponse } from './http-types'
import { renderItem, scenarioContext, settle, startRun, type ItemRecord } from './item-record'
import type { RunPlan, SandboxScenario } from './plan'
import { createPrng, uuidFrom } from './prng'
import { productKeysOf } from './products'
import { createRateLimiter, DEFAULT_RATE_LIMITS } from './rate-limit'
import { apiError, json } from './respond'
import {
  DEFAULT_SETTINGS,
  SandboxError,
  type RequestLogEntry,
  type Sandbox,
  type SandboxOptions,
} from './sandbox-types'
import { isConsentWait, isWait } from './timeline'
import { CONSENT_APPROVED, CONSENT_REFUSED_ANSWER } from '../scenarios/conditions'
import { CONSENT_PATH } from './consent'
import { createTokenStore, SANDBOX_API_KEY } from './tokens'
import { createWebhookTracker } from './webhooks'

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS
const MAX_LOG = 1000
/** Where the consent link points without a server: a name that never resolves. */
const NO_BANK_PAGE = 'https://bank.sandbox.invalid'

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
  let serverUrl: string | null = null
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
    webhooks: createWebhookTracker(seed),
    itemViews: () => [...engine.items.values()].map((r) => ({ item: view(r), run: r.runIndex })),
  }

  function connectorOf(record: ItemRecord): SandboxConnector {
    const connector = engine.connectors.get(record.connectorId)
    if (!connector) throw new SandboxError(`Unknown connector ${record.connectorId}`, 500)
    return connector
  }

  function beginRun(record: ItemRecord, plan: RunPlan, at: number) {
    const { end } = plan
    const timeout = !isWait(end)
      ? engine.settings.mfaTimeoutMs
      : end.kind === 'action'
        ? engine.settings.userActionTimeoutMs
        : end.kind === 'input' && end.parameter.type === 'oauth'
          ? engine.settings.consentTimeoutMs
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
      consentUrl: (itemId) => {
        const base = engine.settings.consentBaseUrl ?? serverUrl ?? NO_BANK_PAGE
        return `${base.replace(/\/+$/, '')}${CONSENT_PATH}?itemId=${encodeURIComponent(itemId)}`
      },
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

  const handle = createRequestHandler(engine, {
    faults,
    rateLimiter,
    log(entry) {
      log.push(entry)
      if (log.length > MAX_LOG) log = log.slice(-MAX_LOG)
    },
  })

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
    get serverUrl() {
      return serverUrl
    },
    set serverUrl(url) {
      serverUrl = url
    },
    answerConsent(itemId, approved) {
      const record = recordOf(itemId)
      const phase = engine.phaseOf(record)
      if (!isConsentWait(phase)) {
        throw new SandboxError(`Item ${itemId} is not waiting for a consent`, 409)
      }
      const answer = approved ? CONSENT_APPROVED : CONSENT_REFUSED_ANSWER
      beginRun(record, phase.wait.onAnswer(answer, engine.context(record)), engine.now())
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
      engine.webhooks.reset()
      engine.connectors = cloneConnectors()
      engine.settings = initialSettings()
      engine.activeScenario = initialScenario
    },
    requests: () => [...log],
    takeWebhookDeliveries() {
      if (!engine.webhooks.watching(engine.items.values())) return []
      return engine.webhooks.collect(engine.itemViews())
    },
    get webhooks() {
      return [...engine.webhooks.registrations.values()]
    },
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
