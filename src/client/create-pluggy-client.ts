import type { PluggyClient, PluggyClientOptions } from './types'
import { readConnector, readItem } from './read-response'
import { createTransport } from './transport'

const segment = (id: string | number) => encodeURIComponent(String(id))

/**
 * A small `fetch` client for the Pluggy REST API, or a host backend that
 * proxies it (then pass no key). Every failure rejects with an
 * `ApiProblemError`; items and connectors come back parsed.
 */
export function createPluggyClient(options: PluggyClientOptions = {}): Required<PluggyClient> {
  const send = createTransport(options)
  return {
    async getItem(id, { signal } = {}) {
      return readItem(await send({ method: 'GET', path: `/items/${segment(id)}`, signal }))
    },
    async updateItem(id, input = {}, { signal } = {}) {
      const body = input.parameters === undefined ? {} : { parameters: input.parameters }
      return readItem(await send({ method: 'PATCH', path: `/items/${segment(id)}`, body, signal }))
    },
    async submitMfa(id, values, { signal } = {}) {
      const path = `/items/${segment(id)}/mfa`
      return readItem(await send({ method: 'POST', path, body: { ...values }, signal }))
    },
    async getConnector(id, { signal } = {}) {
      const path = `/connectors/${segment(id)}`
      return readConnector(await send({ method: 'GET', path, signal }))
    },
    async deleteItem(id, { signal } = {}) {
      await send({ method: 'DELETE', path: `/items/${segment(id)}`, signal })
    },
  }
}
