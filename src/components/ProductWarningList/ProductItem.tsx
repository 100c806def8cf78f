import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { PRODUCT_WARNING_STRINGS } from './strings'
import { toDate } from '../../i18n/format'
import type { ProductRow } from './product-rows'
import { WarningItem } from './WarningItem'

export function ProductItem({ row, syncing }: { row: ProductRow; syncing: boolean }) {
  const { t, formatDateTime } = useFarolStrings(PRODUCT_WARNING_STRINGS)
  const updated = row.state === 'updated'
  const date = toDate(row.lastUpdatedAt)
  const stateText = date
    ? t(updated ? 'warnings.state.updatedAt' : 'warnings.state.failedSince', {
        date: formatDateTime(date),
      })
    : t(
        updated
          ? 'warnings.state.updated'
          : syncing
            ? 'warnings.state.notYet'
            : 'warnings.state.failed',
      )
  return (
    <li
      className="farol-ProductWarningList-product"
      data-state={row.state}
      data-product={row.product}
    >
      <span className="farol-ProductWarningList-productName">
        {t(`warnings.product.${row.product}`)}
      </span>{' '}
      <span className="farol-ProductWarningList-productState">{stateText}</span>
      {row.warnings.length > 0 && (
        <ul className="farol-ProductWarningList-warnings">
          {row.warnings.map((warning, index) => (
            <WarningItem key={`${warning.code}-${index}`} warning={warning} />
          ))}
        </ul>
      )}
    </li>
  )
}
