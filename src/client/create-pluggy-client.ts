import type { PluggyClient, PluggyClientOptions } from './types'
import { readConnector, readItem } from './read-response'
import { createTransport } from './transport'

/** `/items/{id}` (encoded) followed by `rest`. */
const itemPath = (id: string, rest = '') => `/items/${encodeURIComponent(id)}${rest}`

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
      const path = `/connectors/${encodeURIComponent(id)}`
      return readConnector(await send({ method: 'GET', path, signal }))
    },
    async deleteItem(id, { signal } = {}) {
      await send({ method: 'DELETE', path: itemPath(id), signal })
    },
  }
}
