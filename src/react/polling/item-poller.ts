import { focusManager, QueryObserver } from '@tanstack/react-query'
import type { Query, QueryClient } from '@tanstack/react-query'
import { describeItem, nextPollDelay } from '../../core'
import type { ApiProblem, Item } from '../../core'
import type { PluggyClient } from '../../client'
import type { FarolEvents, FarolItemEvent } from '../events'
import { problemOf } from '../problem'
import { itemQueryOptions } from '../query-options'
import type { ItemQueryKey } from '../query-keys'
import { errorStreakOf } from './error-streak'

type ItemQuery = Query<Item, Error, Item, ItemQueryKey>

export interface ItemPollerConfig {
  queryClient: QueryClient
  client: PluggyClient
  itemId: string
  events?: FarolEvents
}

/**
 * The one poller of an item in a QueryClient: a headless `QueryObserver`
 * whose `refetchInterval` is `nextPollDelay`. Components observe the same
 * query without timers of their own, so N readers cost one request per
 * interval. The registry starts it with the first reader and stops it with
 * the last.
 */
export class ItemPoller {
  readonly #config: ItemPollerConfig
  readonly #observer: QueryObserver<Item, Error, Item, Item, ItemQueryKey>
  #cleanups: Array<() => void> = []
  #sessionStart = Date.now()
  #phase: string | undefined
  /** A 409 `already-updating` answer: the item syncs even if the cache still looks settled. */
  #rejection: ApiProblem | undefined

  constructor(config: ItemPollerConfig) {
    this.#config = config
    this.#observer = new QueryObserver(config.queryClient, this.#options())
  }

  start(): void {
    const { events, itemId } = this.#config
    this.#cleanups = [
      this.#observer.subscribe(() => {}),
      // Hidden → visible (or back) changes the plan even when no request happens.
      focusManager.subscribe(() => this.#replan()),
    ]
    if (events) {
      this.#cleanups.push(events.subscribe(itemId, (event) => this.#onEvent(event)))
      if (events.onHealthChange) this.#cleanups.push(events.onHealthChange(() => this.#replan()))
    }
  }

  stop(): void {
    for (const cleanup of this.#cleanups.splice(0)) cleanup()
  }

  /** A mutation started a new sync: the syncing curve starts over. */
  restart(): void {
    this.#rejection = undefined
    this.#sessionStart = Date.now()
    this.#phase = undefined
    this.#replan()
  }

  /** `PATCH` answered 409 already-updating: poll as syncing, whatever the cache says. */
  noteAlreadyUpdating(problem: ApiProblem): void {
    this.#rejection = problem
    this.#sessionStart = Date.now()
    this.#replan()
  }

  /**
   * Milliseconds to the next poll, or `false`. React Query re-plans on every
   * change of the query, so the wait is counted from the last answer, not
   * from the moment of re-planning.
   */
  #delay(query: ItemQuery, hidden = !focusManager.isFocused()): number | false {
    const planned = this.#plan(query, hidden)
    const { state } = query
    if (planned === false || state.fetchStatus === 'fetching') return planned
    const answeredAt = Math.max(state.dataUpdatedAt, state.errorUpdatedAt)
    if (answeredAt === 0) return planned
    // 0 would mean "no timer" to React Query: 1 ms means "now".
    return Math.max(1, planned - Math.max(0, Date.now() - answeredAt))
  }

  /** The policy (`nextPollDelay`) applied to the query's state. */
  #plan(query: ItemQuery, hidden: boolean): number | false {
    const now = Date.now()
    const { state } = query
    const item = state.data
    const guidance = item ? describeItem(item, { now: new Date(now) }) : undefined
    if (guidance && guidance.phase !== this.#phase) {
      if (this.#phase !== undefined) this.#sessionStart = now
      this.#phase = guidance.phase
    }
    if (guidance && !guidance.terminal) this.#rejection = undefined
    const failed = state.status === 'error' ? problemOf(state.error) : undefined
    const streak = errorStreakOf(query).read(state)
    return nextPollDelay(item, {
      guidance,
      now,
      elapsedMs: now - this.#sessionStart,
      errorCount: streak.count,
      error: failed ?? this.#rejection,
      hidden,
      pushHealthy: this.#pushHealthy(),
      random: () => streak.jitter,
    })
  }

  /** Only a source this poller listens to (it is started) relaxes polling. */
  #pushHealthy(): boolean {
    return this.#cleanups.length > 0 && this.#config.events?.isHealthy?.() === true
  }

  /**
   * Focus, reconnect and mount refetch only what is still moving (or was
   * invalidated), and never during a backoff: a failed poll waits for its
   * timer (that is how `Retry-After` holds).
   */
  #mayRefresh(query: ItemQuery): boolean {
    if (query.state.status === 'error') return false
    return query.state.isInvalidated || this.#plan(query, false) !== false
  }

  #options() {
    const { client, itemId } = this.#config
    const mayRefresh = (query: ItemQuery) => this.#mayRefresh(query)
    return {
      ...itemQueryOptions(client, itemId),
      refetchInterval: (query: ItemQuery) => this.#delay(query),
      refetchIntervalInBackground: false,
      refetchOnWindowFocus: mayRefresh,
      refetchOnReconnect: mayRefresh,
      refetchOnMount: (query: ItemQuery) => query.state.status !== 'error',
      retryOnMount: false,
    }
  }

  #replan(): void {
    this.#observer.setOptions(this.#options())
  }

  #onEvent(event: FarolItemEvent): void {
    if (event.itemId !== this.#config.itemId) return
    const query = this.#observer.getCurrentQuery()
    // Pluggy sends item/created once, at creation: an item already read holds all it says,
    // and every later change has a webhook of its own.
    if (event.event === 'item/created' && query.state.data !== undefined) return
    const problem = query.state.status === 'error' ? problemOf(query.state.error) : undefined
    // Marked stale at once; fetched now unless hidden or told to wait (429).
    const wait = !focusManager.isFocused() || problem?.kind === 'rate-limited'
    void this.#config.queryClient.invalidateQueries(
      { queryKey: query.queryKey, exact: true, refetchType: wait ? 'none' : 'active' },
      { cancelRefetch: false },
    )
  }
}
