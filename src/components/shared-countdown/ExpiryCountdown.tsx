import type { FarolKey } from '../../i18n'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import type { Countdown } from './useCountdown'
import { formatRemaining } from './format-remaining'
import { visuallyHidden } from '../shared'

// The keys come from the parent component, which brings their strings.
const PARENT_STRINGS = {}

export interface ExpiryCountdownProps {
  countdown: Countdown
  /** The visible line, e.g. `O código expira em 4:59`. */
  remainingText: (time: string) => string
  /** What screen readers hear when a threshold is reached: keys taking `count`. */
  thresholdKeys: { minutes: FarolKey; seconds: FarolKey }
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
  thresholdKeys,
  expiredText,
  className,
}: ExpiryCountdownProps) {
  const { t } = useFarolStrings(PARENT_STRINGS)
  if (!countdown.hasDeadline) return null
  const { expired, remainingMs = 0, threshold } = countdown
  let announcement = expired ? expiredText : ''
  if (!expired && threshold) {
    // Whole minutes read as minutes (120 → "2 minutes"), the rest as seconds.
    announcement =
      threshold % 60 === 0
        ? t(thresholdKeys.minutes, { count: threshold / 60 })
        : t(thresholdKeys.seconds, { count: threshold })
  }
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
