import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { PRODUCT_WARNING_STRINGS } from './strings'
import { toDate } from '../../i18n/format'
import type { ProductRow } from './product-rows'
import { WarningItem } from './WarningItem'

function useStateText(row: ProductRow, syncing: boolean): string {
  const { t, formatDateTime } = useFarolStrings(PRODUCT_WARNING_STRINGS)
  const date = toDate(row.lastUpdatedAt)
  if (row.state === 'updated') {
    return date
      ? t('warnings.state.updatedAt', { date: formatDateTime(date) })
      : t('warnings.state.updated')
  }
  if (date) return t('warnings.state.failedSince', { date: formatDateTime(date) })
  return syncing ? t('warnings.state.notYet') : t('warnings.state.failed')
}

export function ProductItem({ row, syncing }: { row: ProductRow; syncing: boolean }) {
  const { t } = useFarolStrings(PRODUCT_WARNING_STRINGS)
  const stateText = useStateText(row, syncing)
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
