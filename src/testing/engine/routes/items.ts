import type { ProductType } from '../../../core'
import { connectorDefaults } from '../../connectors'
import { validateCredentials } from '../credentials'
import type { Engine, RouteContext, RouteHandler } from '../engine'
import type { SandboxResponse } from '../http-types'
import type { ItemRecord } from '../item-record'
import { isRecord } from '../request'
import { apiError, json } from '../respond'

const HOUR_MS = 3_600_000

function stringValues(values: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(values)) if (typeof value === 'string') out[key] = value
  return out
}

const optionalText = (value: unknown) => (typeof value === 'string' ? value : undefined)

function readProducts(value: unknown): ProductType[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined
}

/** The item this caller may reach, or the 404 / 403 to answer. */
function reachableItem(
  engine: Engine,
  { params, grant }: RouteContext,
): ItemRecord | SandboxResponse {
  const id = params.id ?? ''
  const record = engine.items.get(id)
  if (!record) return apiError(engine.errors, 404, `Item ${id} not found`)
  if (grant?.kind === 'connect-token' && grant.itemId !== id && !grant.createdItems.has(id)) {
    return apiError(engine.errors, 403, 'This connect token cannot access this item')
  }
  return record
}

const isResponse = (value: ItemRecord | SandboxResponse): value is SandboxResponse =>
  'status' in value && 'headers' in value

function offline(engine: Engine, connectorId: number): SandboxResponse | undefined {
  const connector = engine.connectors.get(connectorId)
  if (connector?.health.status !== 'OFFLINE') return undefined
  return apiError(engine.errors, 400, `Connector ${connector.name} is offline. Try again later.`)
}

/** Items of this connector with these exact credentials and the same `clientUserId`. */
function duplicatesOf(
  engine: Engine,
  connectorId: number,
  credentials: Record<string, string>,
  clientUserId: string | null,
): string[] {
  const same = (a: Record<string, string>) =>
    Object.keys(a).length === Object.keys(credentials).length &&
    Object.entries(a).every(([key, value]) => credentials[key] === value)
  return [...engine.items.values()]
    .filter(
      (r) =>
        r.connectorId === connectorId && r.clientUserId === clientUserId && same(r.credentials),
    )
    .map((r) => r.id)
}

/** `POST /items { connectorId, parameters, ... }`. */
export const postItem: RouteHandler = (engine, { body, grant }) => {
  if (!isRecord(body)) return apiError(engine.errors, 400, 'Request body must be a JSON object')
  const rawId = body.connectorId
  const connectorId =
    typeof rawId === 'number'
      ? rawId
      : typeof rawId === 'string' && /^\d+$/.test(rawId)
        ? Number(rawId)
        : undefined
  if (connectorId === undefined) {
    return engine.validationError([
      { code: '001', parameter: 'connectorId', message: 'connectorId parameter is required.' },
    ])
  }
  const connector = engine.connectors.get(connectorId)
  if (!connector) return apiError(engine.errors, 404, `Connector ${connectorId} not found`)
  const down = offline(engine, connectorId)
  if (down) return down
  const parameters = body.parameters ?? {}
  if (!isRecord(parameters)) {
    return apiError(engine.errors, 400, 'parameters must be an object of strings')
  }
  const issues = validateCredentials(connector.credentials, parameters)
  if (issues.length > 0) return engine.validationError(issues)

  const connectToken = grant?.kind === 'connect-token' ? grant : undefined
  const credentials = stringValues(parameters)
  const clientUserId = optionalText(body.clientUserId) ?? connectToken?.clientUserId ?? null
  if (body.avoidDuplicates === true) {
    const existing = duplicatesOf(engine, connectorId, credentials, clientUserId)
    if (existing.length > 0) {
      return apiError(
        engine.errors,
        400,
        'An item with the same credentials already exists for this connector',
        { codeDescription: 'ITEM_USER_ALREADY_EXISTS', items: existing },
      )
    }
  }
  const { maxItems } = engine.settings
  if (maxItems !== null && engine.items.size >= maxItems) {
    return apiError(engine.errors, 409, `Item creation limit of ${maxItems} items exceeded`, {
      codeDescription: 'ITEM_CREATION_LIMIT_EXCEEDED',
    })
  }

  const scenarioName = engine.activeScenario ?? connectorDefaults(connectorId).scenario
  const scenario = engine.scenario(scenarioName)
  if (!scenario) return apiError(engine.errors, 500, `Unknown sandbox scenario ${scenarioName}`)
  const record = engine.createRecord({
    scenario,
    connector,
    credentials,
    products: readProducts(body.products),
    clientUserId,
    webhookUrl: optionalText(body.webhookUrl) ?? connectToken?.webhookUrl ?? null,
    oauthRedirectUri: optionalText(body.oauthRedirectUri) ?? connectToken?.oauthRedirectUri ?? null,
  })
  connectToken?.createdItems.add(record.id)
  return json(200, engine.view(record))
}

export const getItem: RouteHandler = (engine, ctx) => {
  const record = reachableItem(engine, ctx)
  return isResponse(record) ? record : json(200, engine.view(record))
}

/** `PATCH /items/:id { parameters? }`: a new execution; `{}` reuses the stored credentials. */
export const patchItem: RouteHandler = (engine, ctx) => {
  const record = reachableItem(engine, ctx)
  if (isResponse(record)) return record
  const body = ctx.body === undefined ? {} : ctx.body
  if (!isRecord(body)) return apiError(engine.errors, 400, 'Request body must be a JSON object')

  const phase = engine.phaseOf(record)
  const running =
    phase.kind === 'progress' || (phase.kind === 'wait' && phase.wait.kind !== 'device')
  if (running) {
    return apiError(
      engine.errors,
      409,
      'An update is already in progress, wait until the last execution ends',
      { codeDescription: 'ITEM_ALREADY_UPDATING' },
    )
  }
  const now = engine.now()
  const hours = engine.settings.minUpdateFrequencyHours
  if (hours !== null && hours > 0 && now < record.lastClientUpdateAt + hours * HOUR_MS) {
    return apiError(
      engine.errors,
      409,
      `Client updates on this item are allowed at most every ${hours} hours. ` +
        `Last update was at ${new Date(record.lastClientUpdateAt).toISOString()}`,
      {
        codeDescription: 'CLIENT_IS_UPDATING_BEFORE_ALLOWED_FREQUENCY',
        data: { minUpdateFrequencyAllowedInHours: hours },
      },
    )
  }
  const down = offline(engine, record.connectorId)
  if (down) return down

  let submitted = false
  if (body.parameters !== undefined && body.parameters !== null) {
    if (!isRecord(body.parameters)) {
      return apiError(engine.errors, 400, 'parameters must be an object of strings')
    }
    const incoming = stringValues(body.parameters)
    const merged = { ...record.credentials, ...incoming }
    const connector = engine.connectors.get(record.connectorId)
    const issues = validateCredentials(connector?.credentials ?? [], merged)
    if (issues.length > 0) return engine.validationError(issues)
    submitted = true
    record.credentials = merged
  }
  record.credentialsSubmitted = submitted
  const clientUserId = optionalText(body.clientUserId)
  if (clientUserId !== undefined) record.clientUserId = clientUserId
  const webhookUrl = optionalText(body.webhookUrl)
  if (webhookUrl !== undefined) record.webhookUrl = webhookUrl
  // Pluggy: auto-sync stays off "until the client forces an item update".
  record.autoSyncDisabledAt = null
  engine.restart(record)
  return json(200, engine.view(record))
}

/** `POST /items/:id/mfa { [parameter.name]: value }`. */
export const postMfa: RouteHandler = (engine, ctx) => {
  const record = reachableItem(engine, ctx)
  if (isResponse(record)) return record
  const phase = engine.phaseOf(record)
  if (phase.kind !== 'wait' || phase.wait.kind !== 'input') {
    return apiError(engine.errors, 400, 'Item is not waiting for user input')
  }
  const { body } = ctx
  if (!isRecord(body)) return apiError(engine.errors, 400, 'Request body must be a JSON object')
  const { parameter } = phase.wait
  if (parameter.type === 'oauth') {
    return apiError(
      engine.errors,
      400,
      'Item is waiting for the user to authorize at the institution, not for an input',
    )
  }
  const issues = validateCredentials([{ ...parameter, optional: false }], body)
  if (issues.length > 0) return engine.validationError(issues)
  const answer = String(body[parameter.name])
  engine.continueWith(record, phase.wait.onAnswer(answer, engine.context(record)))
  return json(200, engine.view(record))
}

/** `DELETE /items/:id`: 200 `{ count: 1 }` or 204, then 404. */
export const deleteItem: RouteHandler = (engine, ctx) => {
  const record = reachableItem(engine, ctx)
  if (isResponse(record)) return record
  engine.items.delete(record.id)
  return engine.settings.deleteStatus === 204
    ? { status: 204, headers: {}, body: undefined }
    : json(200, { count: 1 })
}

/** `PATCH /items/:id/disable-auto-sync`. */
export const disableAutoSync: RouteHandler = (engine, ctx) => {
  const record = reachableItem(engine, ctx)
  if (isResponse(record)) return record
  const now = engine.now()
  record.autoSyncDisabledAt = now
  record.touchedAt = now
  return json(200, engine.view(record))
}
