import type { DateLike } from '../../core/model'
import type { FarolTranslation } from '../../i18n'
import { toDate } from '../../i18n/format'

/** "Atualizado há 5 minutos", with the exact time in `<time dateTime>`. */
export function LastUpdated({
  translation: { t, formatRelative, formatDateTime },
  at,
  now,
}: {
  translation: FarolTranslation
  at: DateLike | null | undefined
  now: Date
}) {
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
