/** A Pluggy webhook as a host relays it, e.g. `{ event: 'item/updated', itemId }`. */
export interface FarolItemEvent {
  event: string
  itemId: string
  [key: string]: unknown
}

/** A push source (a host's relay of Pluggy webhooks) for `FarolProvider`'s `events`. */
export interface FarolEvents {
  /** Calls `onEvent` for events about `itemId`; returns the unsubscribe function. */
  subscribe(itemId: string, onEvent: (event: FarolItemEvent) => void): () => void
  /** While true, polling relaxes to the long safety interval. Absent: never relaxed. */
  isHealthy?(): boolean
  /** Optional: called when `isHealthy()` may have changed, so polling re-plans at once. */
  onHealthChange?(listener: () => void): () => void
}
