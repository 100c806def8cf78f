export interface TimeoutSignal {
  signal: AbortSignal
  /** True once the timer (not the caller) aborted the request. */
  timedOut(): boolean
  dispose(): void
}

/**
 * One signal for a request: aborted by the caller's signal or by the timer.
 * Written out rather than `AbortSignal.any`/`timeout` for older Safari.
 */
export function timeoutSignal(timeoutMs: number, outer: AbortSignal | undefined): TimeoutSignal {
  const controller = new AbortController()
  let expired = false
  const onAbort = () => controller.abort(outer?.reason)
  if (outer?.aborted) controller.abort(outer.reason)
  else outer?.addEventListener('abort', onAbort, { once: true })
  const timer =
    Number.isFinite(timeoutMs) && timeoutMs > 0
      ? setTimeout(() => {
          expired = true
          controller.abort()
        }, timeoutMs)
      : undefined
  return {
    signal: controller.signal,
    timedOut: () => expired,
    dispose() {
      clearTimeout(timer)
      outer?.removeEventListener('abort', onAbort)
    },
  }
}
