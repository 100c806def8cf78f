import type { i18n as I18n } from 'i18next'

interface Tracker {
  version: number
  listeners: Set<() => void>
}

const trackers = new WeakMap<I18n, Tracker>()

// The listeners stay for the instance's lifetime so no change is missed
// between a render and its subscription.
function trackerFor(i18n: I18n): Tracker {
  let tracker = trackers.get(i18n)
  if (!tracker) {
    const created: Tracker = { version: 0, listeners: new Set() }
    const bump = () => {
      created.version += 1
      created.listeners.forEach((listener) => listener())
    }
    i18n.on('languageChanged', bump)
    i18n.store?.on('added', bump)
    i18n.store?.on('removed', bump)
    trackers.set(i18n, created)
    tracker = created
  }
  return tracker
}

export function subscribeToInstance(i18n: I18n, listener: () => void): () => void {
  const tracker = trackerFor(i18n)
  tracker.listeners.add(listener)
  return () => {
    tracker.listeners.delete(listener)
  }
}

/** Changes whenever the instance's language or strings change. */
export function instanceVersion(i18n: I18n): number {
  return trackerFor(i18n).version
}
