import { createSeenIds } from './seen-ids'
import type { FarolBus, FarolBusEvent } from './types'

export interface MemoryBusOptions {
  /** How many recent `eventId`s are remembered for de-duplication. Default 10,000. */
  rememberEventIds?: number
}

/** The default bus: one process. Several instances need `createRedisBus`. */
export function createMemoryBus(options: MemoryBusOptions = {}): FarolBus {
  const listeners = new Set<(event: FarolBusEvent) => void>()
  const seen = createSeenIds(options.rememberEventIds)
  return {
    publish(event) {
      for (const listener of [...listeners]) {
        try {
          listener(event)
        } catch {
          // One broken listener must not keep the event from the others.
        }
      }
      return Promise.resolve()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    claim: (eventId) => Promise.resolve(seen.add(eventId)),
    close() {
      listeners.clear()
      return Promise.resolve()
    },
  }
}
