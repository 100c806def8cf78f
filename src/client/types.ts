import type { Connector, ConnectorFilters, CreateItemOptions, Item } from '../core'

export interface PluggyClientOptions {
  /** Pluggy's API, or a host backend that proxies it (may be relative, e.g. `/api/pluggy`). */
  baseUrl?: string
  /** Sent as `X-API-KEY`: a connect token (browser) or an API key (server only). */
  apiKey?: string
  /** Read before every request, so a refreshed connect token is picked up. Wins over `apiKey`. */
  getApiKey?: () => string | Promise<string>
  fetch?: typeof globalThis.fetch
  /** Per request, including reading the body. Default 15 s. */
  timeoutMs?: number
  /** Called once on a 401 (refresh the connect token); the request is then retried once. */
  onAuthError?: () => void | Promise<void>
}

export interface RequestOptions {
  signal?: AbortSignal
}

export interface UpdateItemInput {
  /** New credentials; omit to sync again with the stored ones. */
  parameters?: Record<string, string>
}

export interface PluggyClient {
  getItem(id: string, options?: RequestOptions): Promise<Item>
  /** `PATCH /items/{id}`: start a sync, optionally with new credentials. */
  updateItem(id: string, input?: UpdateItemInput, options?: RequestOptions): Promise<Item>
  /** `POST /items/{id}/mfa`: answer the item's `parameter` prompt. */
  submitMfa(id: string, values: Record<string, string>, options?: RequestOptions): Promise<Item>
  getConnector(id: number | string, options?: RequestOptions): Promise<Connector>
  deleteItem?(id: string, options?: RequestOptions): Promise<void>
  /** `GET /connectors` with the filters as query parameters, every page. */
  listConnectors?(filters?: ConnectorFilters, options?: RequestOptions): Promise<Connector[]>
  /** `POST /items`: a new item for the connector, with the user's credentials. */
  createItem?(
    connectorId: number,
    parameters: Record<string, string>,
    options?: CreateItemOptions & RequestOptions,
  ): Promise<Item>
  /**
   * `POST /connectors/{id}/validate`: the server's checks without creating an
   * item. Resolves with messages by parameter (`{}` when all are valid).
   */
  validateParameters?(
    connectorId: number,
    parameters: Record<string, string>,
    options?: RequestOptions,
  ): Promise<Record<string, string[]>>
}
