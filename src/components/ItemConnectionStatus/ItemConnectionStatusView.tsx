import { useState } from 'react'
import type { GuidedAction } from '../../core/model'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { ITEM_STATUS_STRINGS } from './strings'
import { ProductWarningList } from '../ProductWarningList'
import { StatusBanner, reasonText } from '../StatusBanner'
import { useDescribedItem } from '../../react/guidance-clock'
import { connectorAccentStyle } from '../shared'
import { ActionSlot } from './ActionSlot'
import { LiveRegion } from './LiveRegion'
import { actionHandler, unhandledActionTypes } from './action-routing'
import { problemNoticeText } from './problem-notice'
import { replacedActions, slotAction } from './slot-plan'
import type { ItemConnectionStatusViewProps } from './types'
import { useReasonAnnouncement } from './use-reason-announcement'

/**
 * Presentational: everything about one item from props, no network. Banner, the
 * form or notice for the primary action, per-product warnings, and the one polite
 * live region that announces the headline when the reason changes.
 */
export function ItemConnectionStatusView({
  item,
  guidance: guidanceProp,
  describeOptions,
  now: fixedNow,
  submitting,
  fieldErrors,
  refreshError,
  actionError,
  headingLevel = 2,
  className,
  style,
  ...handlers
}: ItemConnectionStatusViewProps) {
  const translation = useFarolStrings(ITEM_STATUS_STRINGS)
  // Given no guidance, the view describes the item itself, following the clock as the hooks do.
  const described = useDescribedItem(guidanceProp ? undefined : item, {
    ...describeOptions,
    now: fixedNow,
  })
  const guidance = guidanceProp ?? described!
  const [formOpened, setFormOpened] = useState<{ reason: string } | undefined>()
  // A form opened from a secondary action belongs to that state only.
  const opened = formOpened?.reason === guidance.reason
  const slotted = slotAction(guidance, handlers, opened)
  const openForm = () => setFormOpened({ reason: guidance.reason })

  const announcedReason = useReasonAnnouncement(guidance.reason)
  const openFinance = item.connector?.isOpenFinance === true
  const problemText = problemNoticeText(translation.t, refreshError, actionError)
  // The one live region also carries the failure notice while there is no new headline.
  const announcement = announcedReason
    ? reasonText(translation, announcedReason, { openFinance }).headline
    : problemText

  const hiddenActions = [
    ...replacedActions(slotted),
    ...unhandledActionTypes(guidance.actions ?? [], handlers),
  ]
  const onAction = (action: GuidedAction) => actionHandler(action, handlers, openForm)?.()
  const retry = actionHandler({ type: 'retry' }, handlers)

  return (
    <div
      className={
        className ? `farol-ItemConnectionStatus ${className}` : 'farol-ItemConnectionStatus'
      }
      style={{ ...connectorAccentStyle(item.connector?.primaryColor), ...style }}
      data-phase={guidance.phase}
      data-tone={guidance.tone}
      data-reason={guidance.reason}
    >
      <LiveRegion message={announcement} />
      <StatusBanner
        guidance={guidance}
        item={item}
        now={fixedNow}
        onAction={onAction}
        busy={submitting}
        headingLevel={headingLevel}
        hiddenActions={hiddenActions}
      />
      {problemText && (
        <p
          className="farol-ItemConnectionStatus-problem"
          data-problem={actionError ? 'action' : 'refresh'}
        >
          {problemText}
        </p>
      )}
      <ActionSlot
        {...handlers}
        action={slotted}
        item={item}
        now={fixedNow}
        submitting={submitting}
        fieldErrors={fieldErrors}
        headingLevel={headingLevel}
        onDeviceRetry={retry}
        onCloseForm={opened ? () => setFormOpened(undefined) : undefined}
      />
      <ProductWarningList
        guidance={guidance}
        item={item}
        filter={guidance.phase === 'partial' ? 'all' : 'attention'}
      />
    </div>
  )
}
