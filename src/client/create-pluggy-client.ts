import type { ConnectorFilters } from '../core'
import type { PluggyClient, PluggyClientOptions } from './types'
import { readConnector, readConnectorPage, readFieldErrors, readItem } from './read-response'
import { createTransport } from './transport'

/** `/items/{id}` (encoded) followed by `rest`. */
const itemPath = (id: string, rest = '') => `/items/${encodeURIComponent(id)}${rest}`
const connectorPath = (id: number | string, rest = '') =>
  `/connectors/${encodeURIComponent(id)}${rest}`

/** `GET /connectors` query: lists comma-joined (String() joins arrays), empty values left out. */
function connectorsPath(filters: ConnectorFilters, page: number): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries({ ...filters, page: page > 1 ? page : '' })) {
    const text = String(value ?? '').trim()
    if (text) query.set(key, text)
  }
  return `/connectors?${query}`.replace(/\?$/, '')
}

/**
 * A small `fetch` client for the Pluggy REST API, or a host backend that
 * proxies it (then pass no key). Every failure rejects with an
 * `ApiProblemError`; items and connectors come back parsed.
 */
export function createPluggyClient(options: PluggyClientOptions = {}): Required<PluggyClient> {
  const send = createTransport(options)
  return {
    async getItem(id, { signal } = {}) {
      return readItem(await send({ method: 'GET', path: itemPath(id), signal }))
    },
    async updateItem(id, { parameters } = {}, { signal } = {}) {
      const body = parameters === undefined ? {} : { parameters }
      return readItem(await send({ method: 'PATCH', path: itemPath(id), body, signal }))
    },
    async submitMfa(id, values, { signal } = {}) {
      const body = { ...values }
      return readItem(await send({ method: 'POST', path: itemPath(id, '/mfa'), body, signal }))
    },
    async getConnector(id, { signal } = {}) {
      return readConnector(await send({ method: 'GET', path: connectorPath(id), signal }))
    },
    async listConnectors(filters = {}, { signal } = {}) {
      const connectors = []
      for (let page = 1, pages = 1; page <= pages; page++) {
        const path = connectorsPath(filters, page)
        const [read, total] = readConnectorPage(await send({ method: 'GET', path, signal }))
        connectors.push(...read)
        pages = total
      }
      return connectors
    },
    async createItem(connectorId, parameters, { signal, ...options } = {}) {
      const body = { ...options, connectorId, parameters }
      return readItem(await send({ method: 'POST', path: '/items', body, signal }))
    },
    async validateParameters(connectorId, parameters, { signal } = {}) {
      const path = connectorPath(connectorId, '/validate')
      return readFieldErrors(await send({ method: 'POST', path, body: { ...parameters }, signal }))
    },
    async deleteItem(id, { signal } = {}) {
      await send({ method: 'DELETE', path: itemPath(id), signal })
    },
  }
}
