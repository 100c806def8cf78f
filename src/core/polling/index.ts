export { nextPollDelay } from './next-poll-delay'
export type { PollContext } from './next-poll-delay'
export { errorBackoffDelay, POLL_INTERVALS, syncingDelay } from './intervals'
