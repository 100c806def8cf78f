import { useId } from 'react'
import type { GuidedAction } from '../../core/model'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { STATUS_BANNER_STRINGS } from './strings'
import { toDate } from '../../i18n/format'
import { Heading, connectorAccentStyle, useNow } from '../shared'
import { ActionButtons } from './ActionButtons'
import { InstitutionHeader } from './InstitutionHeader'
import { LastUpdated } from './LastUpdated'
import { noticeText } from './notice-text'
import { SyncProgress } from './SyncProgress'
import { autoSyncText } from './auto-sync-text'
import { noticesWithConsentDate } from './consent-notice'
import { reasonText } from './reason-text'
import type { StatusBannerProps } from './types'

/**
 * The state of one bank connection and what to do next. Announcing changes is
 * the composite's job (ItemConnectionStatus owns the live region), not this one's.
 */
export function StatusBanner({
  guidance,
  item,
  now: fixedNow,
  onAction,
  busy,
  headingLevel = 2,
  hiddenActions,
  className,
  style,
  ...rest
}: StatusBannerProps) {
  const translation = useFarolStrings(STATUS_BANNER_STRINGS)
  const retry = guidance.actions.find(
    (action): action is Extract<GuidedAction, { type: 'retry' }> => action.type === 'retry',
  )
  // Wake right when a refused retry becomes allowed, not at the next 30 s tick.
  const now = useNow(fixedNow, undefined, toDate(retry?.notBefore))
  const id = useId()
  const nameId = `${id}-institution`
  const headlineId = `${id}-headline`
  const connector = item?.connector ?? undefined
  const { headline, explanation } = reasonText(translation, guidance.reason, {
    openFinance: connector?.isOpenFinance === true,
  })
  const providerMessage =
    typeof guidance.providerMessage === 'string' ? guidance.providerMessage.trim() : ''
  const autoSync = autoSyncText(translation, guidance, now).join(' ')
  const notices = noticesWithConsentDate(guidance, now)
    .map((notice) => ({ notice, text: noticeText(translation, notice) }))
    .filter(({ text }) => text)

  return (
    <section
      {...rest}
      className={className ? `farol-StatusBanner ${className}` : 'farol-StatusBanner'}
      style={{ ...connectorAccentStyle(connector?.primaryColor), ...style }}
      data-phase={guidance.phase}
      data-tone={guidance.tone}
      data-reason={guidance.reason}
      aria-labelledby={`${nameId} ${headlineId}`}
      aria-busy={busy || undefined}
    >
      <InstitutionHeader
        connector={connector}
        nameId={nameId}
        fallbackName={translation.t('status.institutionFallback')}
      />
      <Heading level={headingLevel} id={headlineId} className="farol-StatusBanner-headline">
        {headline}
      </Heading>
      {explanation && <p className="farol-StatusBanner-explanation">{explanation}</p>}
      {guidance.phase === 'syncing' && (
        <SyncProgress translation={translation} step={guidance.step} />
      )}
      {providerMessage && (
        // The institution's own words, verbatim, as text, marked as Portuguese.
        <figure className="farol-StatusBanner-providerMessage">
          <figcaption className="farol-StatusBanner-providerMessageLabel">
            {translation.t('common.bankMessage')}
          </figcaption>
          <blockquote className="farol-StatusBanner-providerMessageText" lang="pt-BR" dir="auto">
            {providerMessage}
          </blockquote>
        </figure>
      )}
      {notices.length > 0 && (
        <ul className="farol-StatusBanner-notices">
          {notices.map(({ notice, text }, index) => (
            <li
              key={`${notice.type}-${index}`}
              className="farol-StatusBanner-notice"
              data-notice={notice.type}
            >
              {text}
            </li>
          ))}
        </ul>
      )}
      {autoSync && <p className="farol-StatusBanner-autoSync">{autoSync}</p>}
      <LastUpdated translation={translation} at={item?.lastUpdatedAt} now={now} />
      <ActionButtons
        translation={translation}
        actions={Array.isArray(guidance.actions) ? guidance.actions : []}
        now={now}
        onAction={onAction}
        busy={busy}
        hiddenActions={hiddenActions}
      />
    </section>
  )
}
