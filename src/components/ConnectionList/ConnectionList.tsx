import { forwardRef, type HTMLAttributes } from 'react'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import type { HeadingLevel } from '../shared'
import { visuallyHidden } from '../shared'
import { ConnectionRow } from './ConnectionRow'
import { CONNECTION_LIST_STRINGS } from './strings'
import { useConnectionList, type UseConnectionListProps } from './use-connection-list'

export type ConnectionListProps = UseConnectionListProps &
  Omit<HTMLAttributes<HTMLDivElement>, 'children'> & {
    /** Level of an open row's `ItemConnectionStatus` headline. Default 3. */
    headingLevel?: HeadingLevel
  }

/**
 * All of a user's connections, most urgent first (needs the user, failed,
 * syncing, ready), one compact row each; a row opens that connection's
 * `ItemConnectionStatus` inline. `itemIds` polls (one poller per item);
 * `items` only presents. One polite live region announces the summary once a
 * burst of changes settles.
 */
export const ConnectionList = forwardRef<HTMLDivElement, ConnectionListProps>(
  function ConnectionList(
    {
      itemIds,
      items,
      describeOptions,
      now,
      defaultExpanded,
      onExpandedChange,
      onReconnect,
      onAction,
      onRetry,
      onSubmitCredentials,
      onSubmitMfa,
      renderDetails,
      headingLevel,
      className,
      ...rest
    },
    ref,
  ) {
    const { t } = useFarolStrings(CONNECTION_LIST_STRINGS)
    const list = useConnectionList({
      itemIds,
      items,
      describeOptions,
      now,
      defaultExpanded,
      onExpandedChange,
      onReconnect,
      onAction,
      onRetry,
      onSubmitCredentials,
      onSubmitMfa,
      renderDetails,
    })
    const note =
      list.state === 'empty'
        ? t('connections.list.empty')
        : list.state === 'loading'
          ? t('connections.list.loading')
          : list.state === 'all-good'
            ? t('connections.list.allGood')
            : ''
    return (
      <div
        ref={ref}
        {...rest}
        className={className ? `farol-ConnectionList ${className}` : 'farol-ConnectionList'}
        data-state={list.state}
      >
        <div
          className="farol-ConnectionList-liveRegion"
          style={visuallyHidden}
          {...list.getLiveRegionProps()}
        >
          {list.announcement}
        </div>
        {note && (
          <p className="farol-ConnectionList-note" data-state={list.state}>
            {note}
          </p>
        )}
        {list.order.length > 0 && (
          <ul className="farol-ConnectionList-rows" {...list.getListProps()}>
            {list.order.map((rowKey) => {
              const { key, ...binding } = list.getRowBinding(rowKey)
              return <ConnectionRow key={key} {...binding} headingLevel={headingLevel} />
            })}
          </ul>
        )}
      </div>
    )
  },
)
