import type { AnchorHTMLAttributes, MouseEvent } from 'react'
import type { ConnectionsOverview, DescribeItemOptions, Tone } from '../../core'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { useConnectionsSource } from '../../react/items/use-connections-source'
import type { ConnectionsSourceProps } from '../../react/items/use-connections-source'
import { CONNECTIONS_SUMMARY_STRINGS } from './strings'
import { summaryMessage, summaryText, type SummaryState } from './summary-message'

export interface UseConnectionsSummaryProps extends ConnectionsSourceProps {
  /** Where the list of connections is: the line becomes a link to it. */
  href?: string
  /**
   * Called when the user follows the link (client-side routing, opening a drawer).
   * With `href`, a plain click is prevented and handed to you; modified clicks
   * (new tab) keep the browser's behaviour. Without `href`, the line is a button.
   */
  onNavigate?: (event: MouseEvent<HTMLElement>) => void
  describeOptions?: Omit<DescribeItemOptions, 'now'>
  /** The current time (tests, stories); default: the clock. */
  now?: Date
}

export interface ConnectionsSummaryState {
  summary: ConnectionsOverview
  state: SummaryState
  tone: Tone
  /** The translated line, e.g. "2 conexões precisam de você". */
  text: string
  /** 'link' with `href`, 'button' with only `onNavigate`, else 'text'. */
  kind: 'link' | 'button' | 'text'
  /** Props for the `<a>` (or `<button>`): href, click handling, state attributes. */
  getLinkProps: () => AnchorHTMLAttributes<HTMLElement> & Record<`data-${string}`, string>
}

const modified = (event: MouseEvent) =>
  event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey

/** The behaviour of `ConnectionsSummary`, for hosts that render it with their own markup. */
export function useConnectionsSummary({
  itemIds,
  items,
  href,
  onNavigate,
  describeOptions,
  now,
}: UseConnectionsSummaryProps): ConnectionsSummaryState {
  const { t } = useFarolStrings(CONNECTIONS_SUMMARY_STRINGS)
  const { summary } = useConnectionsSource({ itemIds, items }, { ...describeOptions, now })
  const message = summaryMessage(summary)
  const kind = href !== undefined ? 'link' : onNavigate ? 'button' : 'text'
  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (!onNavigate || (href !== undefined && modified(event))) return
    if (href !== undefined) event.preventDefault()
    onNavigate(event)
  }
  return {
    summary,
    state: message.state,
    tone: message.tone,
    text: summaryText(t, message),
    kind,
    getLinkProps: () => ({
      ...(href !== undefined ? { href } : {}),
      ...(onNavigate ? { onClick } : {}),
      'data-state': message.state,
      'data-tone': message.tone,
    }),
  }
}
