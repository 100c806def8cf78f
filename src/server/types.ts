/** The signed-in user, as `getUser` finds them (from a session cookie, a JWT…). */
export interface FarolUser {
  id: string
}

/** What the ownership rule sees of an item: its id and the `clientUserId` Pluggy stored. */
export interface OwnedItem {
  id: string
  clientUserId?: string | null
}

/** One item webhook as the bus carries it (and as `GET /events` streams it). */
export interface FarolBusEvent {
  eventId: string
  /** Pluggy's event name, e.g. `item/updated`. */
  event: string
  itemId: string
  clientUserId: string | null
  /** `item/error` only: `{ code, message }`. */
  error?: { code: string; message: string } | null
}

/** Carries webhook events from the instance that received them to every instance. */
export interface FarolBus {
  publish(event: FarolBusEvent): Promise<void>
  /** Calls `listener` for every event published on any instance; returns the unsubscribe. */
  subscribe(listener: (event: FarolBusEvent) => void): () => void
  /** True the first time an `eventId` is claimed (across instances when the bus is shared). */
  claim(eventId: string): Promise<boolean>
  close(): Promise<void>
}

export interface FarolHandlerOptions {
  /** Pluggy's client id and secret: the handler gets and caches the API key itself. */
  clientId: string
  clientSecret: string
  /** Default `https://api.pluggy.ai`. */
  apiUrl?: string
  /** The user behind this request, or `null` (→ 401). */
  getUser(request: Request): FarolUser | null | Promise<FarolUser | null>
  /** Default: `item.clientUserId === user.id`. */
  ownsItem?(user: FarolUser, item: OwnedItem): boolean | Promise<boolean>
  /** The shared secret Pluggy sends in `webhookHeader` with every webhook. */
  webhookSecret: string
  /** Default `x-farol-webhook-secret`. */
  webhookHeader?: string
  /** Default `createMemoryBus()`: one process. */
  bus?: FarolBus
  fetch?: typeof globalThis.fetch
  /** Default `/api/farol`. */
  basePath?: string
  /** Per Pluggy request. Default 10 s. */
  timeoutMs?: number
  /** SSE heartbeat comment interval. Default 15 s. */
  heartbeatMs?: number
  /** Bytes of unread SSE output after which a client that does not read is dropped. Default 256 kB. */
  maxStreamBacklogBytes?: number
  /** Where operational problems go (no secrets, ever). Default `console.warn`. */
  log?: (line: string) => void
}

/** A `Request → Response` handler; `basePath` lets adapters pass other paths on. */
export interface FarolHandler {
  (request: Request): Promise<Response>
  readonly basePath: string
  /** Open `GET /events` streams (for monitoring and tests). */
  readonly openStreams: number
  /** Ends every open stream and stops timers (the bus is the caller's to close). */
  close(): void
}
