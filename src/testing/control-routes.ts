import type { SandboxSettings } from './engine/engine'
import { SandboxError, type CreateItemOptions, type Sandbox } from './engine/sandbox-types'
import type { FaultOptions } from './engine/faults'
import type { SandboxRequest, SandboxResponse } from './engine/http-types'
import { isRecord, normalizeRequest } from './engine/request'
import { json } from './engine/respond'
import { findRoute } from './engine/router'

/** Control routes live under this prefix, apart from the simulated API. */
export const CONTROL_PREFIX = '/__sandbox'

type ControlHandler = (sandbox: Sandbox, params: Record<string, string>, body: unknown) => unknown

interface ControlRoute {
  method: string
  pattern: string
  handle: ControlHandler
}

const object = (body: unknown): Record<string, unknown> => (isRecord(body) ? body : {})

function bad(message: string): never {
  throw new SandboxError(message, 400)
}

const CONTROL_ROUTES: readonly ControlRoute[] = [
  {
    method: 'GET',
    pattern: '/state',
    handle: (sandbox) => ({
      now: new Date(sandbox.now()).toISOString(),
      activeScenario: sandbox.activeScenario,
      settings: sandbox.settings,
      faults: sandbox.faults.map((f) => ({ ...f, match: f.match?.toString() })),
    }),
  },
  { method: 'GET', pattern: '/scenarios', handle: (sandbox) => sandbox.scenarios },
  {
    method: 'POST',
    pattern: '/scenario',
    handle: (sandbox, _params, body) => {
      const name = object(body).name ?? null
      if (name !== null && typeof name !== 'string') bad('name must be a string or null')
      sandbox.useScenario(name)
      return { activeScenario: sandbox.activeScenario }
    },
  },
  { method: 'GET', pattern: '/items', handle: (sandbox) => sandbox.listItems() },
  {
    method: 'POST',
    pattern: '/items',
    handle: (sandbox, _params, body) => {
      const { scenario, ...options } = object(body)
      if (typeof scenario !== 'string') bad('scenario is required')
      return sandbox.createItem(scenario, options as CreateItemOptions)
    },
  },
  {
    method: 'POST',
    pattern: '/advance',
    handle: (sandbox, _params, body) => {
      const ms = object(body).ms
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) bad('ms must be a number ≥ 0')
      sandbox.advance(ms)
      return { now: new Date(sandbox.now()).toISOString() }
    },
  },
  {
    method: 'POST',
    pattern: '/approve-device/:id',
    handle: (sandbox, params) => sandbox.approveDevice(params.id ?? ''),
  },
  {
    method: 'POST',
    pattern: '/complete-user-action/:id',
    handle: (sandbox, params) => sandbox.completeUserAction(params.id ?? ''),
  },
  {
    method: 'POST',
    pattern: '/answer-consent/:id',
    handle: (sandbox, params, body) => {
      const { approved } = object(body)
      if (typeof approved !== 'boolean') bad('approved must be true or false')
      return sandbox.answerConsent(params.id ?? '', approved)
    },
  },
  {
    method: 'POST',
    pattern: '/faults',
    handle: (sandbox, _params, body) => {
      const fault = object(body) as FaultOptions
      if (
        typeof fault.match === 'string' &&
        fault.match.startsWith('/') &&
        fault.match.endsWith('/')
      ) {
        fault.match = new RegExp(fault.match.slice(1, -1))
      }
      sandbox.injectFault(fault)
      return { faults: sandbox.faults.length }
    },
  },
  {
    method: 'DELETE',
    pattern: '/faults',
    handle: (sandbox) => {
      sandbox.clearFaults()
      return { faults: 0 }
    },
  },
  {
    method: 'POST',
    pattern: '/configure',
    handle: (sandbox, _params, body) => {
      sandbox.configure(object(body) as Partial<SandboxSettings>)
      return sandbox.settings
    },
  },
  {
    method: 'POST',
    pattern: '/reset',
    handle: (sandbox) => {
      sandbox.reset()
      return { reset: true }
    },
  },
  { method: 'GET', pattern: '/requests', handle: (sandbox) => sandbox.requests() },
]

export function isControlPath(path: string): boolean {
  return path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)
}

/**
 * Answers a `/__sandbox/*` request: the HTTP face of the control API, so a browser
 * end-to-end test can pick scenarios, move the clock and approve devices.
 * No API key: never expose it beyond loopback.
 */
export function handleControlRequest(sandbox: Sandbox, request: SandboxRequest): SandboxResponse {
  const req = normalizeRequest(request)
  if (req.method === 'OPTIONS') return { status: 204, headers: {}, body: undefined }
  const found = findRoute(CONTROL_ROUTES, req.method, req.path.slice(CONTROL_PREFIX.length) || '/')
  if (!found || 'methodNotAllowed' in found) {
    return json(404, { code: 404, message: `Cannot ${req.method} ${req.path}` })
  }
  if (!req.body.ok) return json(400, { code: 400, message: 'Request body is not valid JSON' })
  try {
    return json(200, found.route.handle(sandbox, found.params, req.body.value) ?? null)
  } catch (error) {
    const status = error instanceof SandboxError ? error.status : 500
    const message = error instanceof Error ? error.message : 'Internal error'
    return json(status, { code: status, message })
  }
}
