export {
  needsUserAction,
  urgencyOf,
  urgencyRank,
  URGENCY_GROUPS,
  type ConnectionEntry,
  type UrgencyGroup,
} from './urgency'
export { orderByUrgency } from './order'
export { deadlineOf, type ConnectionDeadline, type DeadlineKind } from './deadline'
export { summarizeConnections, type ConnectionsOverview } from './summary'
