import type { ItemGuidance } from '../../core/model'
import type { FarolTranslation } from '../../i18n'
import { toDate } from '../../i18n/format'

type Translation = Pick<FarolTranslation, 't' | 'formatTime' | 'formatDateTime' | 'sameDay'>

/** What auto-sync will do next, as sentences ("Vamos tentar de novo às 14:00."). */
export function autoSyncText(
  translation: Translation,
  guidance: Pick<ItemGuidance, 'phase' | 'autoSync'>,
  now: Date,
): string[] {
  // "Today" in the zone the time is printed in: UTC in a server render, else the user's.
  const { t, formatTime, formatDateTime, sameDay } = translation
  const { willRetry, nextAttemptAt, attemptsLeft } = guidance.autoSync ?? { willRetry: false }
  const next = toDate(nextAttemptAt)
  const lines: string[] = []
  if (willRetry && next) {
    lines.push(
      sameDay(next, now)
        ? t('status.autoSync.nextAttempt', { time: formatTime(next) })
        : t('status.autoSync.nextAttemptOn', { dateTime: formatDateTime(next) }),
    )
    if (typeof attemptsLeft === 'number' && attemptsLeft > 0) {
      lines.push(t('status.autoSync.attemptsLeft', { count: attemptsLeft }))
    }
  } else if (guidance.phase === 'outdated' && attemptsLeft === 0) {
    lines.push(t('status.autoSync.stopped'))
  } else if (next && next > now && guidance.phase !== 'syncing') {
    lines.push(t('status.autoSync.nextScheduled', { dateTime: formatDateTime(next) }))
  }
  return lines
}
