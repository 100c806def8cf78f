import { memo, type ReactNode } from 'react'
import type { ApiProblem, DescribeItemOptions, Item, ItemGuidance } from '../../core'
import { useDescribedItem } from '../../react/guidance-clock'
import { useItem } from '../../react/use-item'
import type { HeadingLevel } from '../shared'
import { ConnectionRowPanel } from './ConnectionRowPanel'
import type { ConnectionListHandlers } from './use-connection-list'
import { useConnectionRow } from './use-connection-row'

export interface ConnectionRowProps {
  rowKey: string
  /** Polled mode: the item to read (it subscribes to this item only). */
  itemId?: string
  /** Presentational mode: the item itself. */
  item?: Item
  /** Presentational mode: its guidance, when the list described it already. */
  guidance?: ItemGuidance
  expanded: boolean
  onToggle: (rowKey: string) => void
  idBase: string
  describeOptions?: Omit<DescribeItemOptions, 'now'>
  now?: Date
  handlers: ConnectionListHandlers
  /** Level of the open row's `ItemConnectionStatus` headline. */
  headingLevel?: HeadingLevel
  /** The host's content in the open row, below its `ItemConnectionStatus`. */
  renderDetails?: (itemId: string) => ReactNode
}

interface RowSource {
  item: Item | undefined
  guidance: ItemGuidance | undefined
  error?: ApiProblem
  isLoading?: boolean
}

/**
 * One compact row; memoized, and subscribed to its own item only: it
 * re-renders when that item changes or it opens, not when another one does.
 */
export const ConnectionRow = memo(function ConnectionRow(props: ConnectionRowProps) {
  // The list describes given items once for its order: a row takes that guidance as is.
  if (props.item !== undefined && props.guidance !== undefined) {
    return <RowView {...props} source={{ item: props.item, guidance: props.guidance }} />
  }
  return props.item !== undefined || props.itemId === undefined ? (
    <PresentedRow {...props} />
  ) : (
    <PolledRow {...props} itemId={props.itemId} />
  )
})

function PolledRow(props: ConnectionRowProps & { itemId: string }) {
  const { item, guidance, error, isLoading } = useItem(props.itemId, {
    ...props.describeOptions,
    now: props.now,
  })
  return <RowView {...props} source={{ item, guidance, error, isLoading }} />
}

function PresentedRow(props: ConnectionRowProps) {
  const guidance = useDescribedItem(props.item, { ...props.describeOptions, now: props.now })
  return <RowView {...props} source={{ item: props.item, guidance }} />
}

function RowView({
  source,
  handlers,
  headingLevel = 3,
  ...props
}: ConnectionRowProps & { source: RowSource }) {
  const row = useConnectionRow({ ...props, ...source })
  const id = props.itemId ?? (typeof row.item?.id === 'string' ? row.item.id : props.rowKey)
  return (
    <li className="farol-ConnectionList-row" data-item-id={id} {...row.getRowProps()}>
      <button className="farol-ConnectionList-toggle" {...row.getToggleProps()}>
        <span className="farol-ConnectionList-logo" aria-hidden="true">
          {row.logoUrl ? (
            <img
              src={row.logoUrl}
              alt=""
              width={32}
              height={32}
              loading="lazy"
              decoding="async"
              referrerPolicy="no-referrer"
            />
          ) : (
            <span className="farol-ConnectionList-initials" lang="pt-BR">
              {row.initials}
            </span>
          )}
        </span>
        <span className="farol-ConnectionList-text">
          <bdi
            className="farol-ConnectionList-institution"
            lang={row.institution ? 'pt-BR' : undefined}
          >
            {row.institutionLabel}
          </bdi>
          <span className="farol-ConnectionList-status">{row.statusText}</span>
        </span>
        {row.time && (
          <time
            className="farol-ConnectionList-time"
            data-kind={row.time.kind}
            dateTime={row.time.dateTime}
            title={row.time.title}
          >
            {row.time.text}
          </time>
        )}
        <span className="farol-ConnectionList-chevron" aria-hidden="true" />
      </button>
      <div className="farol-ConnectionList-panel" {...row.getPanelProps()}>
        {props.expanded && (
          <ConnectionRowPanel
            itemId={id}
            item={props.itemId === undefined ? row.item : undefined}
            now={props.now}
            describeOptions={props.describeOptions}
            headingLevel={headingLevel}
            handlers={handlers}
          />
        )}
        {props.expanded && props.renderDetails && (
          <div className="farol-ConnectionList-details">{props.renderDetails(id)}</div>
        )}
      </div>
    </li>
  )
}
