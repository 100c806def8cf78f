import { useId, type ButtonHTMLAttributes, type HTMLAttributes } from 'react'
import type { GuidanceNotice, GuidedAction } from '../../core/model'
import { toDate } from '../../i18n/format'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { safeHttpUrl, safeImageUrl, translateOptional, useNow } from '../shared'
import { autoSyncText } from './auto-sync-text'
import { noticesWithConsentDate } from './consent-notice'
import { noticeText } from './notice-text'
import { reasonText } from './reason-text'
import { STATUS_BANNER_STRINGS } from './strings'
import type { StatusBannerProps } from './types'

/** One button of the banner: its label, and props that press it (unless unavailable). */
export interface StatusBannerButton {
  action: GuidedAction
  label: string
  primary: boolean
  /** Busy, or a refused retry that is not allowed yet: the button does nothing. */
  unavailable: boolean
  getButtonProps(): ButtonHTMLAttributes<HTMLButtonElement>
}

export interface StatusBannerState {
  /** The institution's name (or a generic one) and its logo URL when safe to load. */
  institution: { name: string; logoUrl?: string; nameProps: { id: string } }
  headline: string
  headlineProps: { id: string }
  explanation: string
  /** While syncing: the step, as text, and the name of its progress indicator. */
  syncStep?: { text: string; progressLabel: string }
  /** The institution's own words, verbatim (Portuguese): render as text with `lang="pt-BR"`. */
  providerMessage: string
  notices: Array<{ notice: GuidanceNotice; text: string }>
  /** What auto-sync will do next, as sentences. */
  autoSync: string
  lastUpdated?: { date: Date; text: string; title: string }
  buttons: StatusBannerButton[]
  /** The bank's reset-password page (http(s) only), to open in a new tab. */
  resetPassword?: { href: string; text: string }
  /** "Você pode tentar de novo às 14:20": describes the retry button while it waits. */
  retryAt?: { id: string; text: string }
  /** Fixed labels: the provider message's caption, the new-tab hint of the reset link. */
  text: { bankMessage: string; opensInNewTab: string }
  /** For the root element: its accessible name (institution + headline) and state. */
  rootProps: HTMLAttributes<HTMLElement> & Record<`data-${string}`, string>
}

/** "às 09:20" for 09:19:40: a time shown to the minute must never be too early. */
function ceilToMinute(date: Date): Date {
  return new Date(Math.ceil(date.getTime() / 60_000) * 60_000)
}

/**
 * `StatusBanner`'s behaviour for any markup: the words for the guidance (in the
 * user's language), notices, auto-sync, when it was updated, and the buttons.
 */
export function useStatusBanner({
  guidance,
  item,
  now: fixedNow,
  onAction,
  busy,
  hiddenActions,
}: Pick<
  StatusBannerProps,
  'guidance' | 'item' | 'now' | 'onAction' | 'busy' | 'hiddenActions'
>): StatusBannerState {
  const translation = useFarolStrings(STATUS_BANNER_STRINGS)
  const { t, formatTime, formatRelative, formatDateTime } = translation
  const actions = Array.isArray(guidance.actions) ? guidance.actions : []
  const retryNotBefore = actions
    .map((action) => (action.type === 'retry' ? toDate(action.notBefore) : undefined))
    .find(Boolean)
  // Wake right when a refused retry becomes allowed, not at the next 30 s tick.
  const now = useNow(fixedNow, undefined, retryNotBefore)
  const id = useId()
  const connector = item?.connector ?? undefined
  const name = typeof connector?.name === 'string' && connector.name.trim() ? connector.name : ''
  const { headline, explanation } = reasonText(translation, guidance.reason, {
    openFinance: connector?.isOpenFinance === true,
  })
  const step = guidance.phase === 'syncing' ? guidance.step : undefined
  const commonText = {
    bankMessage: t('common.bankMessage'),
    opensInNewTab: t('common.opensInNewTab'),
  }
  const updated = toDate(item?.lastUpdatedAt)

  const tooEarly = retryNotBefore && retryNotBefore > now ? retryNotBefore : undefined
  const retryAtId = `${id}-retryAt`
  const buttons = (onAction ? actions : [])
    .filter((action) => action.type !== 'wait' && !hiddenActions?.includes(action.type))
    .map((action) => ({
      action,
      label: translateOptional(translation, `status.action.${action.type}`) ?? '',
    }))
    .filter((button) => button.label)
    .map(({ action, label }, index): StatusBannerButton => {
      const waiting = action.type === 'retry' && tooEarly !== undefined
      const unavailable = Boolean(busy) || waiting
      return {
        action,
        label,
        primary: index === 0,
        unavailable,
        getButtonProps: () => ({
          type: 'button',
          // aria-disabled rather than disabled: the button keeps focus while busy.
          'aria-disabled': unavailable || undefined,
          'aria-describedby': waiting ? retryAtId : undefined,
          onClick: () => {
            if (!unavailable) onAction?.(action)
          },
        }),
      }
    })
  const resetHref = actions
    .map((action) =>
      action.type === 'act-at-institution' ? safeHttpUrl(action.resetPasswordUrl) : undefined,
    )
    .find(Boolean)

  return {
    institution: {
      name: name || t('status.institutionFallback'),
      logoUrl: safeImageUrl(connector?.imageUrl),
      nameProps: { id: `${id}-institution` },
    },
    headline,
    headlineProps: { id: `${id}-headline` },
    explanation,
    syncStep:
      guidance.phase === 'syncing'
        ? {
            text:
              (step && translateOptional(translation, `status.step.${step}`)) ||
              t('status.step.other'),
            progressLabel: t('status.progressLabel'),
          }
        : undefined,
    providerMessage:
      typeof guidance.providerMessage === 'string' ? guidance.providerMessage.trim() : '',
    notices: noticesWithConsentDate(guidance, now)
      .map((notice) => ({ notice, text: noticeText(translation, notice) }))
      .filter(({ text }) => text),
    autoSync: autoSyncText(translation, guidance, now).join(' '),
    lastUpdated: updated && {
      date: updated,
      text: t('status.lastUpdated', { relative: formatRelative(updated, now) }),
      title: formatDateTime(updated),
    },
    buttons,
    resetPassword: resetHref ? { href: resetHref, text: t('status.resetPassword') } : undefined,
    retryAt: tooEarly && {
      id: retryAtId,
      text: t('status.retryAt', { time: formatTime(ceilToMinute(tooEarly)) }),
    },
    text: commonText,
    rootProps: {
      'aria-labelledby': `${id}-institution ${id}-headline`,
      'aria-busy': busy || undefined,
      'data-phase': guidance.phase,
      'data-tone': guidance.tone,
      'data-reason': guidance.reason,
    },
  }
}
