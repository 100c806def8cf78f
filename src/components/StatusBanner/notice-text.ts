import type { GuidanceNotice } from '../../core/model'
import type { FarolTranslation } from '../../i18n'

type Translation = Pick<FarolTranslation, 't' | 'formatDate'>

/** The sentence for a notice shown beside the headline; '' for a notice farol does not know. */
export function noticeText({ t, formatDate }: Translation, notice: GuidanceNotice): string {
  switch (notice.type) {
    case 'lockout-risk':
      return t('status.notice.lockoutRisk', { count: notice.failedAttempts })
    case 'consent-expiring':
      return notice.daysLeft <= 0
        ? t('status.notice.consentExpiringToday')
        : t('status.notice.consentExpiring', { count: notice.daysLeft })
    case 'consent-expired':
      return t('status.notice.consentExpired', { date: formatDate(notice.consentExpiresAt) })
    case 'connector-health':
      return notice.status === 'OFFLINE'
        ? t('status.notice.connectorOffline')
        : t('status.notice.connectorUnstable')
    case 'auto-sync-disabled': {
      const since = notice.since ? formatDate(notice.since) : ''
      return since
        ? t('status.notice.autoSyncDisabledSince', { date: since })
        : t('status.notice.autoSyncDisabled')
    }
    default:
      return ''
  }
}
