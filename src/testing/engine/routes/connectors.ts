import { foldAccents } from '../../../core/fold-accents'
import type { SandboxConnector } from '../../connectors'
import type { RouteHandler } from '../engine'
import { validateCredentials } from '../credentials'
import { isRecord } from '../request'
import { apiError, json } from '../respond'

const list = (value: string | null) =>
  value === null
    ? undefined
    : value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)

function matchesFilters(connector: SandboxConnector, query: URLSearchParams): boolean {
  const name = query.get('name')
  if (name && !foldAccents(connector.name).includes(foldAccents(name))) return false
  const countries = list(query.getAll('countries').join(',') || null)
  if (countries?.length && !countries.includes(connector.country)) return false
  const types = list(query.getAll('types').join(',') || null)
  if (types?.length && !types.includes(connector.type)) return false
  if (query.get('sandbox') === 'false' && connector.isSandbox) return false
  const openFinance = query.get('isOpenFinance')
  if (openFinance === 'true' && !connector.isOpenFinance) return false
  if (openFinance === 'false' && connector.isOpenFinance) return false
  const ids = list(query.getAll('ids').join(',') || null)
  if (ids?.length && !ids.includes(String(connector.id))) return false
  return true
}

/** `GET /connectors`: a page with every connector that passes the filters. */
export const listConnectors: RouteHandler = (engine, { req }) => {
  const results = [...engine.connectors.values()].filter((c) => matchesFilters(c, req.query))
  return json(200, { page: 1, total: results.length, totalPages: 1, results })
}

export const getConnector: RouteHandler = (engine, { params }) => {
  const id = params.id ?? ''
  const connector = /^\d+$/.test(id) ? engine.connectors.get(Number(id)) : undefined
  if (!connector) return apiError(engine.errors, 404, `Connector ${id} not found`)
  return json(200, connector)
}

/**
 * `POST /connectors/:id/validate` with the parameters as the body (pluggy-sdk) or
 * under `parameters`: `{ parameters, errors[] }`, 200 whether or not they pass.
 * Password values are not echoed.
 */
export const validateConnectorParameters: RouteHandler = (engine, { params, body }) => {
  const id = params.id ?? ''
  const connector = /^\d+$/.test(id) ? engine.connectors.get(Number(id)) : undefined
  if (!connector) return apiError(engine.errors, 404, `Connector ${id} not found`)
  if (!isRecord(body)) return apiError(engine.errors, 400, 'Request body must be a JSON object')
  const values = isRecord(body.parameters) ? body.parameters : body
  const echoed: Record<string, unknown> = {}
  for (const field of connector.credentials) {
    if (field.type !== 'password' && Object.hasOwn(values, field.name))
      echoed[field.name] = values[field.name]
  }
  return json(200, {
    parameters: echoed,
    errors: validateCredentials(connector.credentials, values),
  })
}
