import type { ConnectionsOverview, Tone } from '../../core'
import type { FarolTranslate } from '../../i18n'

/** Which line the summary shows; also its `data-state`. */
export type SummaryState = 'empty' | 'needs-user' | 'failed' | 'syncing' | 'loading' | 'all-good'

export interface SummaryMessage {
  state: SummaryState
  tone: Tone
  /** How many connections the line is about (0 for "all good", "empty", "loading"). */
  count: number
}

/**
 * The one thing a header should say about all connections, most urgent first:
 * what needs the user, what failed, what is syncing, else all good.
 */
export function summaryMessage(summary: ConnectionsOverview): SummaryMessage {
  if (summary.total === 0) return { state: 'empty', tone: 'neutral', count: 0 }
  if (summary.needsUser > 0)
    return { state: 'needs-user', tone: 'warning', count: summary.needsUser }
  if (summary.failed > 0) return { state: 'failed', tone: 'danger', count: summary.failed }
  const syncing = summary.phases.syncing
  if (syncing > 0) return { state: 'syncing', tone: 'info', count: syncing }
  if (summary.loading > 0) return { state: 'loading', tone: 'neutral', count: 0 }
  return { state: 'all-good', tone: 'success', count: 0 }
}

const KEYS = {
  empty: 'connections.summary.empty',
  'needs-user': 'connections.summary.needsUser',
  failed: 'connections.summary.failed',
  syncing: 'connections.summary.syncing',
  loading: 'connections.summary.loading',
  'all-good': 'connections.summary.allGood',
} as const

/** "2 conexões precisam de você", "Tudo em dia", "1 sincronizando" (with plurals). */
export function summaryText(t: FarolTranslate, message: SummaryMessage): string {
  return t(KEYS[message.state], { count: message.count })
}
