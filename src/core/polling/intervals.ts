/** Every figure of the polling policy, in milliseconds, for hooks and docs to show. */
export const POLL_INTERVALS = {
  /**
   * Syncing (and the first load): Pluggy's own recipe polls every 2 s; a
   * login alone can take 5 minutes, so the pace slows the longer it lasts.
   * Each step applies while the sync has lasted less than `untilMs`.
   */
  syncing: [
    { untilMs: 30_000, delayMs: 2_000 },
    { untilMs: 120_000, delayMs: 5_000 },
    { untilMs: 300_000, delayMs: 10_000 },
  ],
  /** Syncing past the last step: no stop (the item is still working), just slow. */
  syncingMaxMs: 15_000,
  /** Waiting on the user's device or bank app (device authorization, user action). */
  deviceMs: 5_000,
  /** Keep polling this long past `expiresAt`, to see the item time out. */
  deviceGraceMs: 30_000,
  /** A device wait with no `expiresAt` stops after this long. */
  deviceMaxWaitMs: 10 * 60_000,
  /** A state farol cannot read (not terminal): slow, for a bounded time. */
  unknownMs: 30_000,
  unknownMaxWaitMs: 5 * 60_000,
  /** A 409 `already-updating` on an item that still looks settled: poll as syncing, this long. */
  alreadyUpdatingMaxWaitMs: 5 * 60_000,
  /** While a webhook/SSE relay delivers events: the safety net, never faster. */
  pushSafetyMs: 60_000,
  /** Failed requests: `errorBaseMs × 2^(n-1)` capped at `errorMaxMs`, equal jitter. */
  errorBaseMs: 2_000,
  errorMaxMs: 60_000,
} as const

/** The syncing pace after `elapsedMs` of syncing. */
export function syncingDelay(elapsedMs: number): number {
  for (const step of POLL_INTERVALS.syncing) {
    if (elapsedMs < step.untilMs) return step.delayMs
  }
  return POLL_INTERVALS.syncingMaxMs
}

/**
 * The wait after `errorCount` consecutive failures: half of the exponential
 * step fixed, half random ("equal jitter"), so clients spread out but never
 * retry at once.
 */
export function errorBackoffDelay(errorCount: number, random: () => number = Math.random): number {
  const n = Number.isNaN(errorCount) ? 1 : Math.max(1, Math.floor(errorCount))
  const step = Math.min(POLL_INTERVALS.errorMaxMs, POLL_INTERVALS.errorBaseMs * 2 ** (n - 1))
  const r = random()
  const jitter = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 0.5
  return Math.round(step / 2 + (step / 2) * jitter)
}
