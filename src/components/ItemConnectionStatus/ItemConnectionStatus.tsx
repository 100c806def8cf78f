import { forwardRef } from 'react'
import { ProductWarningList } from '../ProductWarningList'
import { BannerMarkup } from '../StatusBanner/StatusBanner'
import { blockClass, connectorAccentStyle } from '../shared'
import { ActionSlot } from './ActionSlot'
import { ItemStatusPlaceholder } from './ItemStatusPlaceholder'
import { LiveRegion } from './LiveRegion'
import type { ItemConnectionStatusProps } from './types'
import { useItemConnectionStatus } from './use-item-connection-status'

/**
 * The composite, a render of `useItemConnectionStatus`. Given `itemId` (inside a
 * `FarolProvider`) it polls the item and wires retry, credentials and MFA to the
 * API; given `item` it only presents. Banner, the form or notice for the primary
 * action, per-product warnings, and the one polite live region that announces
 * the headline when the reason changes.
 */
export const ItemConnectionStatus = forwardRef<HTMLDivElement, ItemConnectionStatusProps>(
  function ItemConnectionStatus(props, ref) {
    const {
      item: _item,
      itemId: _itemId,
      guidance: _guidance,
      describeOptions: _describeOptions,
      now,
      submitting: _submitting,
      fieldErrors: _fieldErrors,
      refreshError: _refreshError,
      actionError: _actionError,
      onRetry,
      onSubmitCredentials,
      onSubmitMfa,
      onReconnect,
      onAction,
      headingLevel = 2,
      className,
      style,
      ...rest
    } = props as Extract<ItemConnectionStatusProps, { item: unknown }>
    const state = useItemConnectionStatus(props, {
      onRetry,
      onSubmitCredentials,
      onSubmitMfa,
      onReconnect,
      onAction,
    })
    const classes = blockClass('farol-ItemConnectionStatus', className)
    if (state.status !== 'ready') {
      return (
        <ItemStatusPlaceholder
          {...rest}
          {...state.rootProps}
          ref={ref}
          className={classes}
          style={style}
          error={state.loadError}
          onRetry={state.retryLoad}
        />
      )
    }
    const { item, guidance, problem } = state
    return (
      <div
        {...rest}
        {...state.rootProps}
        ref={ref}
        className={classes}
        style={{ ...connectorAccentStyle(item.connector?.primaryColor), ...style }}
      >
        <LiveRegion message={state.announcement} />
        <BannerMarkup banner={state.banner} item={item} headingLevel={headingLevel} />
        {problem && (
          <p className="farol-ItemConnectionStatus-problem" data-problem={problem.source}>
            {problem.text}
          </p>
        )}
        <ActionSlot
          slot={state.slot}
          item={item}
          now={now}
          headingLevel={(headingLevel + 1) as 3 | 4 | 5}
        />
        <ProductWarningList
          guidance={guidance}
          item={item}
          filter={guidance.phase === 'partial' ? 'all' : 'attention'}
        />
      </div>
    )
  },
)
