import type { QueryState } from '@tanstack/react-query'
import { getOrCreate } from '../../core/get-or-create'

export interface Streak {
  /** Consecutive failed requests since the last data. */
  count: number
  /** One random draw per failure, so re-planning does not re-roll the backoff. */
  jitter: number
}

/** Counts consecutive failures from React Query's update counters. */
export class ErrorStreak {
  #dataUpdateCount = -1
  #baseline = 0
  #jitterFor = -1
  #jitter = 0.5

  read(state: QueryState<unknown, unknown>): Streak {
    if (state.dataUpdateCount !== this.#dataUpdateCount) {
      this.#dataUpdateCount = state.dataUpdateCount
      this.#baseline = state.dataUpdateCount === 0 ? 0 : state.errorUpdateCount
    }
    if (state.errorUpdateCount !== this.#jitterFor) {
      this.#jitterFor = state.errorUpdateCount
      this.#jitter = Math.random()
    }
    const count =
      state.status === 'error' ? Math.max(1, state.errorUpdateCount - this.#baseline) : 0
    return { count, jitter: this.#jitter }
  }
}

const streaks = new WeakMap<object, ErrorStreak>()

/** The streak of a query, kept across pollers (a remount must not forget a backoff). */
export function errorStreakOf(query: object): ErrorStreak {
  return getOrCreate(streaks, query, () => new ErrorStreak())
}
