import type { DateLike } from '../../core/model'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { STATUS_BANNER_STRINGS } from './strings'
import { toDate } from '../../i18n/format'

/** "Atualizado há 5 minutos", with the exact time in `<time dateTime>`. */
export function LastUpdated({ at, now }: { at: DateLike | null | undefined; now: Date }) {
  const { t, formatRelative, formatDateTime } = useFarolStrings(STATUS_BANNER_STRINGS)
  const date = toDate(at)
  if (!date) return null
  return (
    <p className="farol-StatusBanner-updated">
      <time dateTime={date.toISOString()} title={formatDateTime(date)}>
        {t('status.lastUpdated', { relative: formatRelative(date, now) })}
      </time>
    </p>
  )
}
