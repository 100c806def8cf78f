import { forwardRef, type HTMLAttributes, type Ref } from 'react'
import type { Item } from '../../core/model'
import { blockClass, Heading, connectorAccentStyle, type HeadingLevel } from '../shared'
import type { StatusBannerProps } from './types'
import { useStatusBanner, type StatusBannerState } from './use-status-banner'

/**
 * The state of one bank connection and what to do next: a render of
 * `useStatusBanner`. Announcing changes is the composite's job
 * (ItemConnectionStatus owns the live region), not this one's.
 */
export const StatusBanner = forwardRef<HTMLElement, StatusBannerProps>(function StatusBanner(
  {
    guidance,
    item,
    now,
    onAction,
    busy,
    headingLevel = 2,
    hiddenActions,
    className,
    style,
    ...rest
  },
  ref,
) {
  const banner = useStatusBanner({ guidance, item, now, onAction, busy, hiddenActions })
  return (
    <BannerMarkup
      {...rest}
      rootRef={ref}
      banner={banner}
      item={item}
      headingLevel={headingLevel}
      className={className}
      style={style}
    />
  )
})

interface BannerMarkupProps extends HTMLAttributes<HTMLElement> {
  banner: StatusBannerState
  item?: Item
  headingLevel: HeadingLevel
  rootRef?: Ref<HTMLElement>
}

/** The banner's markup for a `useStatusBanner` result (ItemConnectionStatus shares it). */
export function BannerMarkup({
  banner,
  item,
  headingLevel,
  className,
  style,
  rootRef,
  ...rest
}: BannerMarkupProps) {
  const { institution, lastUpdated, resetPassword, retryAt } = banner
  const hasActions = banner.buttons.length > 0 || resetPassword || retryAt

  return (
    <section
      {...rest}
      {...banner.rootProps}
      ref={rootRef}
      className={blockClass('farol-StatusBanner', className)}
      style={{ ...connectorAccentStyle(item?.connector?.primaryColor), ...style }}
    >
      <p className="farol-StatusBanner-institution">
        {institution.logoUrl && (
          // Decorative: the name is text beside it.
          <img
            className="farol-StatusBanner-logo"
            src={institution.logoUrl}
            alt=""
            width={32}
            height={32}
            loading="lazy"
            decoding="async"
            referrerPolicy="no-referrer"
          />
        )}
        <bdi {...institution.nameProps} className="farol-StatusBanner-institutionName">
          {institution.name}
        </bdi>
      </p>
      <Heading
        level={headingLevel}
        {...banner.headlineProps}
        className="farol-StatusBanner-headline"
      >
        {banner.headline}
      </Heading>
      {banner.explanation && <p className="farol-StatusBanner-explanation">{banner.explanation}</p>}
      {banner.syncStep && (
        <p className="farol-StatusBanner-step">
          <span
            className="farol-Spinner"
            role="progressbar"
            aria-label={banner.syncStep.progressLabel}
            aria-valuetext={banner.syncStep.text}
          />
          <span>{banner.syncStep.text}</span>
        </p>
      )}
      {banner.providerMessage && (
        // The institution's own words, verbatim, as text, marked as Portuguese.
        <figure className="farol-StatusBanner-providerMessage">
          <figcaption className="farol-StatusBanner-providerMessageLabel">
            {banner.text.bankMessage}
          </figcaption>
          <blockquote className="farol-StatusBanner-providerMessageText" lang="pt-BR" dir="auto">
            {banner.providerMessage}
          </blockquote>
        </figure>
      )}
      {banner.notices.length > 0 && (
        <ul className="farol-StatusBanner-notices">
          {banner.notices.map(({ notice, text }, index) => (
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
      {banner.autoSync && <p className="farol-StatusBanner-autoSync">{banner.autoSync}</p>}
      {lastUpdated && (
        <p className="farol-StatusBanner-updated">
          <time dateTime={lastUpdated.date.toISOString()} title={lastUpdated.title}>
            {lastUpdated.text}
          </time>
        </p>
      )}
      {hasActions && (
        <div className="farol-StatusBanner-actions">
          {banner.buttons.map((button, index) => (
            <button
              key={`${button.action.type}-${index}`}
              {...button.getButtonProps()}
              className="farol-Button"
              data-variant={button.primary ? 'primary' : 'secondary'}
              data-action={button.action.type}
            >
              {button.label}
            </button>
          ))}
          {resetPassword && (
            <a
              className="farol-Link farol-StatusBanner-resetPassword"
              href={resetPassword.href}
              target="_blank"
              rel="noopener noreferrer"
            >
              {resetPassword.text} <span>{banner.text.opensInNewTab}</span>
            </a>
          )}
          {retryAt && (
            <p id={retryAt.id} className="farol-StatusBanner-retryAt">
              {retryAt.text}
            </p>
          )}
        </div>
      )}
    </section>
  )
}
