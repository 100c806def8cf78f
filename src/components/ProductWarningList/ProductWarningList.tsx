import { forwardRef } from 'react'
import { blockClass } from '../shared'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { PRODUCT_WARNING_STRINGS } from './strings'
import { ProductItem } from './ProductItem'
import { productRows } from './product-rows'
import type { ProductWarningListProps } from './types'

/**
 * Per product: updated or failed since when, and each warning with the bank's
 * message and what to do. Renders nothing when there is nothing to say.
 */
export const ProductWarningList = forwardRef<HTMLUListElement, ProductWarningListProps>(
  function ProductWarningList(
    { guidance, item, warnings, statusDetail, filter = 'all', className, ...rest },
    ref,
  ) {
    const { t } = useFarolStrings(PRODUCT_WARNING_STRINGS)
    const rows = productRows({
      statusDetail: statusDetail !== undefined ? statusDetail : item?.statusDetail,
      warnings: warnings ?? guidance?.warnings,
      failedProducts: guidance?.failedProducts,
    }).filter((row) => filter === 'all' || row.state === 'failed' || row.warnings.length > 0)
    if (rows.length === 0) return null
    return (
      <ul
        aria-label={t('warnings.listLabel')}
        {...rest}
        ref={ref}
        className={blockClass('farol-ProductWarningList', className)}
      >
        {rows.map((row) => (
          <ProductItem key={row.product} row={row} syncing={guidance?.phase === 'syncing'} />
        ))}
      </ul>
    )
  },
)
