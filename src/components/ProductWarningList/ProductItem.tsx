import { useFarolTranslation } from '../../i18n'
import { toDate } from '../../i18n/format'
import type { ProductRow } from './product-rows'
import { WarningItem } from './WarningItem'

function useStateText(row: ProductRow, syncing: boolean): string {
  const { t, formatDateTime } = useFarolTranslation()
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
  const { t } = useFarolTranslation()
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
