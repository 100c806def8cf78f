import type { CSSProperties } from 'react'
import type { ApiProblem } from '../../core'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { ITEM_STATUS_STRINGS } from './strings'

export interface ItemStatusPlaceholderProps {
  /** Set when the first load failed; otherwise the item is loading. */
  error?: ApiProblem
  onRetry?: () => void
  className?: string
  style?: CSSProperties
}

/** What `ItemConnectionStatus` shows before it has an item: loading, or why there is none. */
export function ItemStatusPlaceholder({
  error,
  onRetry,
  className,
  style,
}: ItemStatusPlaceholderProps) {
  const { t } = useFarolStrings(ITEM_STATUS_STRINGS)
  const classes = className
    ? `farol-ItemConnectionStatus ${className}`
    : 'farol-ItemConnectionStatus'
  if (!error) {
    return (
      <div className={classes} style={style} data-phase="loading" aria-busy="true" role="status">
        {t('item.loading')}
      </div>
    )
  }
  return (
    <div className={classes} style={style} data-phase="error" data-tone="danger" role="alert">
      <p className="farol-ItemConnectionStatus-headline">{t('item.loadError')}</p>
      <p className="farol-ItemConnectionStatus-explanation">{t('item.loadErrorExplanation')}</p>
      {onRetry ? (
        <button type="button" className="farol-Button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  )
}
