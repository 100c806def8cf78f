import type { Countdown } from './useCountdown'
import { formatRemaining } from './format-remaining'
import { visuallyHidden } from './visually-hidden'

export interface ExpiryCountdownProps {
  countdown: Countdown
  /** The visible line, e.g. `O código expira em 4:59`. */
  remainingText: (time: string) => string
  /** What screen readers hear when a threshold (seconds) is reached. */
  thresholdText: (seconds: number) => string
  expiredText: string
  className?: string
}

/**
 * The visible countdown (updated every second, not live) and a hidden polite live
 * region that speaks only at a few thresholds and at expiry.
 */
export function ExpiryCountdown({
  countdown,
  remainingText,
  thresholdText,
  expiredText,
  className,
}: ExpiryCountdownProps) {
  if (!countdown.hasDeadline) return null
  const { expired, remainingMs = 0, threshold } = countdown
  const announcement = expired ? expiredText : threshold ? thresholdText(threshold) : ''
  return (
    <>
      <p className={className} data-expired={expired ? 'true' : 'false'}>
        {expired ? expiredText : remainingText(formatRemaining(remainingMs))}
      </p>
      <span role="status" style={visuallyHidden}>
        {announcement}
      </span>
    </>
  )
}
