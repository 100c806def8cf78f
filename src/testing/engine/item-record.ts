import type { Item, ProductKey, ProductType, StatusDetail } from '../../core'
import type { SandboxConnector } from '../connectors'
import type { Outcome, RunPlan, SandboxScenario, ScenarioContext, WarningsByProduct } from './plan'
import { isWait, phaseAt, type Phase, type Run } from './timeline'
import { PRODUCT_KEYS } from '../../core/model/product-key'

const HOUR_MS = 3_600_000

/** Everything the sandbox knows about one item. Credentials live here and are never rendered. */
export interface ItemRecord {
  id: string
  connectorId: number
  scenario: SandboxScenario
  createdAt: number
  stepMs: number
  productTypes: ProductType[]
  products: ProductKey[]
  credentials: Record<string, string>
  credentialsSubmitted: boolean
  runIndex: number
  run: Run
  deviceApproved: boolean
  failedLogins: number
  lastSyncAt: number | null
  productSyncAt: Partial<Record<ProductKey, number>>
  /** Creation or the last accepted PATCH: the minimum-update-frequency rule counts from here. */
  lastClientUpdateAt: number
  consentExpiresAt: number | null
  autoSyncDisabledAt: number | null
  clientUserId: string | null
  webhookUrl: string | null
  oauthRedirectUri: string | null
  /** The last change made outside an execution (e.g. disable-auto-sync). */
  touchedAt: number
}

export interface RenderOptions {
  connector: SandboxConnector
  autoSyncIntervalMs: number
  /** The bank page for an `oauth` prompt without a URL of its own. */
  consentUrl: (itemId: string) => string
}

export function scenarioContext(record: ItemRecord, connector: SandboxConnector, now: number) {
  const ctx: ScenarioContext = {
    connector,
    products: record.products,
    credentials: record.credentials,
    credentialsSubmitted: record.credentialsSubmitted,
    runIndex: record.runIndex,
    deviceApproved: record.deviceApproved,
    now,
  }
  return ctx
}

export function startRun(record: ItemRecord, plan: RunPlan, at: number, waitTimeoutMs: number) {
  const end = plan.end
  const timeout = isWait(end) && end.kind !== 'device' ? (end.timeoutMs ?? waitTimeoutMs) : null
  record.run = {
    startedAt: at,
    stepMs: record.stepMs,
    plan,
    waitTimeoutMs: timeout,
    settled: false,
  }
}

function applyOutcome(record: ItemRecord, outcome: Outcome, at: number) {
  if (outcome.kind === 'success' || outcome.kind === 'partial') {
    record.failedLogins = 0
    record.lastSyncAt = at
    const failed = outcome.kind === 'partial' ? outcome.failed : []
    for (const key of record.products) if (!failed.includes(key)) record.productSyncAt[key] = at
  } else if (outcome.kind === 'error' && outcome.failedLogin) {
    record.failedLogins += 1
  }
}

/**
 * The item's phase at `now`, after applying the effects of a finished execution.
 * Effects are stamped with the time the execution ended, not the time someone
 * looked, so the result does not depend on how often the item is read.
 */
export function settle(
  record: ItemRecord,
  now: number,
  continueAfterApproval: (record: ItemRecord, at: number) => void,
): Phase {
  // Bounded: a scenario whose approval leads to another approval must not spin forever.
  for (let hop = 0; ; hop++) {
    const phase = phaseAt(record.run, now)
    if (phase.kind === 'done' && !record.run.settled) {
      applyOutcome(record, phase.outcome, phase.at)
      record.run.settled = true
    }
    // The device was approved before the institution asked: go on from the moment it asked.
    if (phase.kind === 'wait' && phase.wait.kind === 'device' && record.deviceApproved && hop < 8) {
      continueAfterApproval(record, phase.since)
      continue
    }
    return phase
  }
}

const iso = (ms: number) => new Date(ms).toISOString()
const isoOrNull = (ms: number | null | undefined) => (ms == null ? null : iso(ms))

function hasWarnings(warnings: WarningsByProduct | undefined): boolean {
  return Object.values(warnings ?? {}).some((list) => (list?.length ?? 0) > 0)
}

function statusDetail(record: ItemRecord, outcome: Outcome, at: number): StatusDetail | null {
  if (outcome.kind === 'error') return null
  if (outcome.kind === 'success' && !outcome.detailed && !hasWarnings(outcome.warnings)) return null
  const failed = outcome.kind === 'partial' ? outcome.failed : []
  const detail: StatusDetail = {}
  for (const key of PRODUCT_KEYS) {
    if (!record.products.includes(key)) {
      detail[key] = null
      continue
    }
    const isUpdated = !failed.includes(key)
    const last = isUpdated ? at : record.productSyncAt[key]
    detail[key] = {
      isUpdated,
      lastUpdatedAt: isoOrNull(last),
      warnings: outcome.warnings?.[key] ?? [],
    }
  }
  return detail
}

function nextAutoSyncAt(record: ItemRecord, phase: Phase, options: RenderOptions): number | null {
  if (record.autoSyncDisabledAt !== null || phase.kind !== 'done') return null
  const { outcome, at } = phase
  if (outcome.kind === 'success' || outcome.kind === 'partial') {
    return at + options.autoSyncIntervalMs
  }
  // OUTDATED items are retried by auto-sync every hour (up to 5 times).
  if (outcome.kind === 'error' && outcome.status === 'OUTDATED') return at + HOUR_MS
  return null
}

/** The item as `GET /items/:id` returns it at the given phase: every field, dates as ISO strings. */
export function renderItem(record: ItemRecord, phase: Phase, options: RenderOptions): Item {
  const changedAt =
    phase.kind === 'done' ? phase.at : phase.kind === 'wait' ? phase.since : phase.since
  const item: Item = {
    id: record.id,
    connector: options.connector,
    status: 'UPDATING',
    executionStatus: 'CREATED',
    error: null,
    statusDetail: null,
    parameter: null,
    userAction: null,
    createdAt: iso(record.createdAt),
    updatedAt: iso(Math.max(changedAt, record.touchedAt)),
    lastUpdatedAt: isoOrNull(record.lastSyncAt),
    webhookUrl: record.webhookUrl,
    clientUserId: record.clientUserId,
    consecutiveFailedLoginAttempts: record.failedLogins,
    nextAutoSyncAt: isoOrNull(nextAutoSyncAt(record, phase, options)),
    autoSyncDisabledAt: isoOrNull(record.autoSyncDisabledAt),
    consentExpiresAt: isoOrNull(record.consentExpiresAt),
    products: record.productTypes,
    oauthRedirectUri: record.oauthRedirectUri,
  }
  if (phase.kind === 'progress') {
    item.status = phase.step.status ?? 'UPDATING'
    item.executionStatus = phase.step.executionStatus
  } else if (phase.kind === 'wait') {
    const { wait, expiresAt } = phase
    const expires = expiresAt === null ? {} : { expiresAt: iso(expiresAt) }
    if (wait.kind === 'input') {
      item.status = 'WAITING_USER_INPUT'
      item.executionStatus = 'WAITING_USER_INPUT'
      item.parameter = { ...wait.parameter, ...expires }
      if (wait.parameter.type === 'oauth' && wait.parameter.data === undefined) {
        item.parameter.data = options.consentUrl(record.id)
      }
    } else if (wait.kind === 'action') {
      item.status = 'WAITING_USER_ACTION'
      item.executionStatus = 'WAITING_USER_ACTION'
      item.userAction = { ...wait.userAction, ...expires }
    } else {
      item.status = wait.status ?? 'OUTDATED'
      item.executionStatus = wait.error.code
      item.error = { ...wait.error }
    }
  } else {
    const { outcome, at } = phase
    item.statusDetail = statusDetail(record, outcome, at)
    if (outcome.kind === 'success' || outcome.kind === 'partial') {
      item.status = 'UPDATED'
      item.executionStatus = outcome.kind === 'success' ? 'SUCCESS' : 'PARTIAL_SUCCESS'
    } else {
      item.status = outcome.status
      item.executionStatus = outcome.executionStatus ?? outcome.error?.code ?? 'ERROR'
      item.error = outcome.error ? { ...outcome.error } : null
    }
  }
  return item
}
