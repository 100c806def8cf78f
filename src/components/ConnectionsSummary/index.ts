export { ConnectionsSummary, type ConnectionsSummaryProps } from './ConnectionsSummary'
export {
  useConnectionsSummary,
  type ConnectionsSummaryState,
  type UseConnectionsSummaryProps,
} from './use-connections-summary'
export { summaryMessage, type SummaryMessage, type SummaryState } from './summary-message'
