import type { ApiProblem } from '../../core/model'
import type { FarolTranslate } from '../../i18n'

/** Polling stops after these, so "we'll try again" would not be true. */
const STOPS_POLLING: ReadonlySet<ApiProblem['kind']> = new Set([
  'unauthorized',
  'forbidden',
  'not-found',
])

/**
 * What to tell the user when the API failed but the last good item is still shown:
 * an action that did not go through, or a refresh that failed.
 */
export function problemNoticeText(
  t: FarolTranslate,
  refreshError: ApiProblem | undefined,
  actionError: ApiProblem | undefined,
): string {
  if (actionError) return t('item.actionFailed')
  if (!refreshError) return ''
  return t(STOPS_POLLING.has(refreshError.kind) ? 'item.refreshStopped' : 'item.refreshFailed')
}
