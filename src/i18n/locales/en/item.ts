import type source from '../pt-BR/item'

const item: typeof source = {
  loading: 'Loading…',
  loadError: "Couldn't load the status",
  loadErrorExplanation: 'Check your internet connection and try again.',
  refreshFailed:
    "We couldn't refresh the status just now. This is the last known status; we'll try again on our own.",
  refreshStopped: "We couldn't refresh the status. This is the last known status.",
  actionFailed: "That didn't go through. Check your internet connection and try again.",
}

export default item
