import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import type { HTMLAttributes, ReactNode, RefObject } from 'react'
import type { ConnectionsOverview, DescribeItemOptions, GuidedAction } from '../../core'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { useConnectionsSource } from '../../react/items/use-connections-source'
import type { ConnectionsSourceProps } from '../../react/items/use-connections-source'
import type { CredentialValues } from '../CredentialPrompt'
import { summaryMessage, summaryText } from '../ConnectionsSummary/summary-message'
import { CONNECTION_LIST_STRINGS } from './strings'
import { useSettledAnnouncement } from './use-announcement'
import type { ConnectionRowProps } from './ConnectionRow'

/** What the host does when the user acts in a row's `ItemConnectionStatus`. */
export interface ConnectionListHandlers {
  /** Reconnect elsewhere (e.g. Pluggy Connect): renew consent, after acting at the bank. */
  onReconnect?: (itemId: string) => void
  /** Every action, before the specific handler. */
  onAction?: (itemId: string, action: GuidedAction) => void
  /** Presentational mode only (polled rows wire these to the API). */
  onRetry?: (itemId: string) => void
  onSubmitCredentials?: (itemId: string, values: CredentialValues) => void | Promise<unknown>
  onSubmitMfa?: (itemId: string, values: CredentialValues) => void | Promise<unknown>
}

export interface UseConnectionListProps extends ConnectionsSourceProps, ConnectionListHandlers {
  describeOptions?: Omit<DescribeItemOptions, 'now'>
  /** The current time (tests, stories); default: the clock. */
  now?: Date
  /** Rows open at first (item ids). */
  defaultExpanded?: readonly string[]
  /** Called with the rows open after the user opens or closes one. */
  onExpandedChange?: (expanded: string[]) => void
  /**
   * The host's own content in an open row, below its `ItemConnectionStatus`
   * (e.g. what the app does with that connection). Open rows re-render when
   * this function changes: keep it stable (`useCallback`).
   */
  renderDetails?: (itemId: string) => ReactNode
}

/** 'empty': no connections; 'loading': none loaded yet; 'all-good': every one ready. */
export type ConnectionListState = 'empty' | 'loading' | 'all-good' | 'attention'

export interface RowBinding extends ConnectionRowProps {
  key: string
}

export interface ConnectionListResult {
  state: ConnectionListState
  /** Row keys (item ids), most urgent first; stable within a group. */
  order: string[]
  summary: ConnectionsOverview
  /** The live region's text: the summary once a burst of changes settles. */
  announcement: string
  isExpanded: (rowKey: string) => boolean
  toggle: (rowKey: string) => void
  getListProps: () => HTMLAttributes<HTMLElement>
  /** Props for one row (`useConnectionRow` / `ConnectionRow`); stable while nothing changes. */
  getRowBinding: (rowKey: string) => RowBinding
  getLiveRegionProps: () => HTMLAttributes<HTMLElement>
}

function listState(summary: ConnectionsOverview): ConnectionListState {
  if (summary.total === 0) return 'empty'
  if (summary.loading === summary.total) return 'loading'
  if (summary.ready === summary.total) return 'all-good'
  return 'attention'
}

/**
 * The behaviour of `ConnectionList`: the urgency order and summary (the caller
 * re-renders only when those change), which rows are open, the settled
 * announcement, and per-row bindings for `useConnectionRow`.
 */
export function useConnectionList(props: UseConnectionListProps): ConnectionListResult {
  const { itemIds, items, describeOptions, now, defaultExpanded, renderDetails } = props
  const { t } = useFarolStrings(CONNECTION_LIST_STRINGS)
  const source = useConnectionsSource({ itemIds, items }, { ...describeOptions, now })
  const { order, summary, itemsByKey, guidanceByKey } = source
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(defaultExpanded))
  // Callbacks read the latest props; the rows get handlers that stay the same object.
  const latest = useRef(props)
  useEffect(() => {
    latest.current = props
  })
  const toggle = useCallback((rowKey: string) => {
    setExpanded((open) => {
      const next = new Set(open)
      if (next.has(rowKey)) next.delete(rowKey)
      else next.add(rowKey)
      queueMicrotask(() => latest.current.onExpandedChange?.([...next]))
      return next
    })
  }, [])
  const handlers = useStableHandlers(latest, props)
  const idBase = useId()
  const state = listState(summary)
  const announcement = useSettledAnnouncement(
    state === 'all-good'
      ? t('connections.summary.allGood')
      : summaryText(t, summaryMessage(summary)),
  )
  return {
    state,
    order,
    summary,
    announcement,
    isExpanded: (rowKey) => expanded.has(rowKey),
    toggle,
    getListProps: () => ({
      'aria-label': t('connections.list.label'),
      'aria-busy': state === 'loading' || undefined,
    }),
    getRowBinding: (rowKey) => {
      const item = itemsByKey?.get(rowKey)
      return {
        key: rowKey,
        rowKey,
        ...(itemsByKey ? { item, guidance: guidanceByKey?.get(rowKey) } : { itemId: rowKey }),
        expanded: expanded.has(rowKey),
        onToggle: toggle,
        idBase: `${idBase}-${encodeURIComponent(rowKey)}`,
        describeOptions,
        now,
        handlers,
        renderDetails,
      }
    },
    getLiveRegionProps: () => ({ role: 'status', 'aria-live': 'polite', 'aria-atomic': true }),
  }
}

/**
 * Handlers that call the latest props, as one object that changes only when
 * the host adds or removes one (a missing handler hides its button).
 */
function useStableHandlers(
  latest: RefObject<ConnectionListHandlers>,
  given: ConnectionListHandlers,
): ConnectionListHandlers {
  const has = [
    given.onReconnect,
    given.onAction,
    given.onRetry,
    given.onSubmitCredentials,
    given.onSubmitMfa,
  ].map(Boolean)
  const present = has.join()
  return useMemo(
    () => ({
      ...(has[0] ? { onReconnect: (id: string) => latest.current.onReconnect?.(id) } : {}),
      ...(has[1]
        ? { onAction: (id: string, action: GuidedAction) => latest.current.onAction?.(id, action) }
        : {}),
      ...(has[2] ? { onRetry: (id: string) => latest.current.onRetry?.(id) } : {}),
      ...(has[3]
        ? {
            onSubmitCredentials: (id: string, values: CredentialValues) =>
              latest.current.onSubmitCredentials?.(id, values),
          }
        : {}),
      ...(has[4]
        ? {
            onSubmitMfa: (id: string, values: CredentialValues) =>
              latest.current.onSubmitMfa?.(id, values),
          }
        : {}),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [latest, present],
  )
}
