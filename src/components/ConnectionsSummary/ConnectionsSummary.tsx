import { forwardRef, type HTMLAttributes, type Ref } from 'react'
import { useConnectionsSummary, type UseConnectionsSummaryProps } from './use-connections-summary'

export type ConnectionsSummaryProps = UseConnectionsSummaryProps &
  Omit<HTMLAttributes<HTMLElement>, 'children' | 'onClick'>

/**
 * One line about all of the user's connections, for a header or nav: "2 conexões
 * precisam de você", "1 sincronizando", "Tudo em dia". With `href` it links to the
 * list; with only `onNavigate` it is a button; with neither, plain text.
 */
export const ConnectionsSummary = forwardRef<HTMLElement, ConnectionsSummaryProps>(
  function ConnectionsSummary(
    { itemIds, items, href, onNavigate, describeOptions, now, className, ...rest },
    ref,
  ) {
    const summary = useConnectionsSummary({
      itemIds,
      items,
      href,
      onNavigate,
      describeOptions,
      now,
    })
    const props = {
      ...rest,
      ...summary.getLinkProps(),
      className: className ? `farol-ConnectionsSummary ${className}` : 'farol-ConnectionsSummary',
    }
    const content = (
      <>
        <span className="farol-ConnectionsSummary-dot" aria-hidden="true" />
        <span className="farol-ConnectionsSummary-text">{summary.text}</span>
      </>
    )
    if (summary.kind === 'link') {
      return (
        <a ref={ref as Ref<HTMLAnchorElement>} {...props}>
          {content}
        </a>
      )
    }
    if (summary.kind === 'button') {
      return (
        <button ref={ref as Ref<HTMLButtonElement>} {...props} type="button">
          {content}
        </button>
      )
    }
    return (
      <span ref={ref as Ref<HTMLSpanElement>} {...props}>
        {content}
      </span>
    )
  },
)
