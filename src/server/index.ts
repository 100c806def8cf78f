// farol/server: the host backend companion. Web-standard Request → Response;
// imports core and client only (no React, no DOM). Node, Next.js, Hono, Bun, Deno.
export {
  createFarolHandler,
  DEFAULT_BASE_PATH,
  DEFAULT_WEBHOOK_HEADER,
} from './create-farol-handler'
export { toNodeHandler, type NodeHandler } from './node-handler'
export { createMemoryBus, type MemoryBusOptions } from './memory-bus'
export {
  createRedisBus,
  type RedisBus,
  type RedisBusOptions,
  type RedisClientLike,
} from './redis-bus'
export type {
  FarolBus,
  FarolBusEvent,
  FarolHandler,
  FarolHandlerOptions,
  FarolUser,
  OwnedItem,
} from './types'
