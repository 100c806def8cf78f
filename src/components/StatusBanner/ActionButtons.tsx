import { useId } from 'react'
import type { GuidedAction, GuidedActionType } from '../../core/model'
import type { FarolTranslation } from '../../i18n'
import { toDate } from '../../i18n/format'
import { safeHttpUrl, translateOptional } from '../shared'

export interface ActionButtonsProps {
  translation: FarolTranslation
  actions: GuidedAction[]
  now: Date
  onAction?: (action: GuidedAction) => void
  busy?: boolean
  /** Action types another part of the UI handles (e.g. a form), so no button for them. */
  hiddenActions?: readonly GuidedActionType[]
}

/** "às 09:20" for 09:19:40: a time shown to the minute must never be too early. */
function ceilToMinute(date: Date): Date {
  return new Date(Math.ceil(date.getTime() / 60_000) * 60_000)
}

/** The primary action first, then the others; a reset-password link when the bank has one. */
export function ActionButtons({
  translation,
  actions,
  now,
  onAction,
  busy,
  hiddenActions,
}: ActionButtonsProps) {
  const { t, formatTime } = translation
  const retryAtId = useId()
  const resetUrl = actions
    .map((action) =>
      action.type === 'act-at-institution' ? safeHttpUrl(action.resetPasswordUrl) : undefined,
    )
    .find(Boolean)
  const buttons = (onAction ? actions : [])
    .filter((action) => action.type !== 'wait' && !hiddenActions?.includes(action.type))
    .map((action) => ({
      action,
      label: translateOptional(translation, `status.action.${action.type}`),
    }))
    .filter((button): button is { action: GuidedAction; label: string } => Boolean(button.label))
  const retryNotBefore = actions
    .map((action) => (action.type === 'retry' ? toDate(action.notBefore) : undefined))
    .find((date) => date && date > now)
  if (buttons.length === 0 && !resetUrl && !retryNotBefore) return null

  return (
    <div className="farol-StatusBanner-actions">
      {buttons.map(({ action, label }, index) => {
        const tooEarly = action.type === 'retry' && retryNotBefore !== undefined
        const unavailable = busy || tooEarly
        return (
          <button
            key={`${action.type}-${index}`}
            type="button"
            className="farol-Button"
            data-variant={index === 0 ? 'primary' : 'secondary'}
            data-action={action.type}
            aria-disabled={unavailable || undefined}
            aria-describedby={tooEarly ? retryAtId : undefined}
            onClick={() => {
              // aria-disabled rather than disabled: the button keeps focus while busy.
              if (!unavailable) onAction?.(action)
            }}
          >
            {label}
          </button>
        )
      })}
      {resetUrl && (
        <a
          className="farol-Link farol-StatusBanner-resetPassword"
          href={resetUrl}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('status.resetPassword')} <span>{t('common.opensInNewTab')}</span>
        </a>
      )}
      {retryNotBefore && (
        <p id={retryAtId} className="farol-StatusBanner-retryAt">
          {t('status.retryAt', { time: formatTime(ceilToMinute(retryNotBefore)) })}
        </p>
      )}
    </div>
  )
}
