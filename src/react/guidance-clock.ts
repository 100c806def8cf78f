import { useEffect, useMemo, useReducer } from 'react'
import { describeItem, nextGuidanceChange } from '../core'
import type { DescribeItemOptions, Item, ItemGuidance } from '../core'

/** setTimeout's longest delay; a later deadline is reached by re-arming on the way. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1

/** Calls `wake` once the clock reaches `at` (epoch ms). */
export function useWakeAt(at: number | undefined, wake: () => void): void {
  useEffect(() => {
    if (at === undefined) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const check = () => {
      const left = at - Date.now()
      if (left <= 0) wake()
      else timer = setTimeout(check, Math.min(left, MAX_TIMEOUT_MS))
    }
    check()
    return () => clearTimeout(timer)
  }, [at, wake])
}

const increment = (count: number) => count + 1

/**
 * `describeItem(item, options)`, described again when the clock reaches the next
 * instant at which its answer changes (an expiry, a consent day, an auto-sync
 * time): one timer, no request. A fixed `options.now` freezes it.
 */
export function useDescribedItem(
  item: Item | undefined,
  options: DescribeItemOptions,
): ItemGuidance | undefined {
  const [wakes, wake] = useReducer(increment, 0)
  const { now, criticalProducts, consentWarningDays, lockoutWarningAttempts, autoSyncAttempts } =
    options
  const [guidance, changesAt] = useMemo(() => {
    if (!item) return [undefined, undefined]
    const described = {
      now: now ?? new Date(),
      criticalProducts,
      consentWarningDays,
      lockoutWarningAttempts,
      autoSyncAttempts,
    }
    return [describeItem(item, described), now ? undefined : nextGuidanceChange(item, described)]
    // `wakes`: describe again when the clock passes `changesAt`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    item,
    now,
    criticalProducts,
    consentWarningDays,
    lockoutWarningAttempts,
    autoSyncAttempts,
    wakes,
  ])
  useWakeAt(changesAt?.getTime(), wake)
  return guidance
}

/**
 * The guidance with the API's "not before" on its retry action while it lasts
 * (409 too-frequent, 429), so the banner says when the user may update again.
 */
export function useRetryNotBefore(
  guidance: ItemGuidance | undefined,
  retryAt: string | undefined,
  fixedNow: Date | undefined,
): ItemGuidance | undefined {
  const [wakes, wake] = useReducer(increment, 0)
  const [shown, until] = useMemo(() => {
    const notBefore = retryAt === undefined ? Number.NaN : Date.parse(retryAt)
    const now = (fixedNow ?? new Date()).getTime()
    if (!guidance || !(notBefore > now) || !guidance.actions.some(isRetry)) {
      return [guidance, undefined]
    }
    const refused: ItemGuidance = {
      ...guidance,
      retryable: false,
      actions: guidance.actions.map((action) =>
        isRetry(action) ? { ...action, notBefore: retryAt } : action,
      ),
    }
    return [refused, fixedNow ? undefined : notBefore]
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [guidance, retryAt, fixedNow, wakes])
  useWakeAt(until, wake)
  return shown
}

const isRetry = (action: { type: string }) => action.type === 'retry'
