export { createPluggyClient } from './create-pluggy-client'
export { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from './transport'
export type { PluggyClient, PluggyClientOptions, RequestOptions, UpdateItemInput } from './types'
