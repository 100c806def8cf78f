import { deadlineOf } from '../../core'
import type { Item, ItemGuidance } from '../../core'
import type { FarolTranslation } from '../../i18n'
import { toDate } from '../../i18n/format'

export interface RowTime {
  kind: 'deadline' | 'updated'
  /** ISO 8601, for `<time dateTime>`. */
  dateTime: string
  text: string
  /** The full date and time, for a tooltip. */
  title: string
}

/** The row's time: the deadline the user must meet, else when the item last updated. */
export function rowTime(
  translation: FarolTranslation,
  item: Item | undefined,
  guidance: ItemGuidance | undefined,
  now: Date,
): RowTime | undefined {
  const { t, formatTime, formatDate, formatDateTime, formatRelative } = translation
  const deadline = deadlineOf('', guidance, now)
  if (deadline) {
    const at = new Date(deadline.at)
    return {
      kind: 'deadline',
      dateTime: deadline.at,
      text: t(`connections.list.deadline.${deadline.kind}`, {
        time: formatTime(at),
        date: formatDate(at),
      }),
      title: formatDateTime(at),
    }
  }
  const updated = toDate(item?.lastUpdatedAt)
  if (!updated) return undefined
  return {
    kind: 'updated',
    dateTime: updated.toISOString(),
    text: t('status.lastUpdated', { relative: formatRelative(updated, now) }),
    title: formatDateTime(updated),
  }
}
