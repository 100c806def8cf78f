import { useMemo, useReducer } from 'react'
import type { DescribeItemOptions } from '../../core'
import { createDescriber } from './describe-cache'

const increment = (count: number) => count + 1

/**
 * A describer for these options, made anew when `wake` is called: the caller describes
 * its items, then hands `describer.nextChange` and `wake` to `useWakeAt`, so guidance
 * follows the clock with one timer for every item.
 */
export function useClockedDescriber(options: DescribeItemOptions) {
  const [wakes, wake] = useReducer(increment, 0)
  const { now, criticalProducts, consentWarningDays, lockoutWarningAttempts, autoSyncAttempts } =
    options
  const describer = useMemo(
    () =>
      createDescriber({
        now,
        criticalProducts,
        consentWarningDays,
        lockoutWarningAttempts,
        autoSyncAttempts,
      }),
    // `wakes`: describe again when the clock passes the next change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [now, criticalProducts, consentWarningDays, lockoutWarningAttempts, autoSyncAttempts, wakes],
  )
  return { describer, wake }
}
