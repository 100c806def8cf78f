export { useCountdown, ANNOUNCE_THRESHOLDS_S, type Countdown } from './useCountdown'
export { ExpiryCountdown, type ExpiryCountdownProps } from './ExpiryCountdown'
export { formatRemaining } from './format-remaining'
export { toTime, type NowInput } from './clock'
