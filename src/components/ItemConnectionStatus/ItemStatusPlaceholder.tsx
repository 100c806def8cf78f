import { forwardRef, type HTMLAttributes } from 'react'
import type { ApiProblem } from '../../core'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { ITEM_STATUS_STRINGS } from './strings'

interface ItemStatusPlaceholderProps extends HTMLAttributes<HTMLDivElement> {
  /** Set when the first load failed; otherwise the item is loading. */
  error?: ApiProblem
  onRetry?: () => void
}

/** What `ItemConnectionStatus` shows before it has an item: loading, or why there is none. */
export const ItemStatusPlaceholder = forwardRef<HTMLDivElement, ItemStatusPlaceholderProps>(
  function ItemStatusPlaceholder({ error, onRetry, ...rest }, ref) {
    const { t } = useFarolStrings(ITEM_STATUS_STRINGS)
    if (!error) {
      return (
        <div {...rest} ref={ref}>
          {t('item.loading')}
        </div>
      )
    }
    return (
      <div {...rest} ref={ref}>
        <p className="farol-ItemConnectionStatus-headline">{t('item.loadError')}</p>
        <p className="farol-ItemConnectionStatus-explanation">{t('item.loadErrorExplanation')}</p>
        {onRetry ? (
          <button type="button" className="farol-Button" onClick={onRetry}>
            {t('common.retry')}
          </button>
        ) : null}
      </div>
    )
  },
)
