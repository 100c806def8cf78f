import type { HTMLAttributes, ReactNode, Ref } from 'react'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { COUNTDOWN_NOTICE_STRINGS } from './strings'
import { ExpiryCountdown } from './ExpiryCountdown'
import { blockClass, Heading } from '../shared'
import type { Countdown } from './useCountdown'

const THRESHOLD_KEYS = {
  minutes: 'device.expiry.lessThanMinutes',
  seconds: 'device.expiry.lessThanSeconds',
} as const

export interface CountdownNoticeProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The root class, e.g. `farol-UserActionNotice`; parts are `<block>-heading`, `-expiry`, `-checking`. */
  block: string
  /** From `useId`: the heading is `<id>-heading`. */
  id: string
  /** Which `device.<scope>` strings say how long is left and that time ran out. */
  scope: 'authorization' | 'userAction'
  heading: string
  headingLevel: 2 | 3 | 4 | 5 | 6
  countdown: Countdown
  rootRef?: Ref<HTMLElement>
  /** Between the heading and the countdown. */
  children: ReactNode
  /** After the "we keep checking" line, e.g. a button. */
  footer?: ReactNode
  /** More state for the root, e.g. `data-type`. */
  [data: `data-${string}`]: string
}

/**
 * The frame of a notice that waits for the user until a deadline (authorize a
 * device, act in the bank's app): a section labelled by its heading, the body,
 * the countdown and, until it expires, that farol keeps checking by itself.
 */
export function CountdownNotice({
  block,
  id,
  scope,
  heading,
  headingLevel,
  countdown,
  className,
  rootRef,
  children,
  footer,
  ...rest
}: CountdownNoticeProps) {
  const { t } = useFarolStrings(COUNTDOWN_NOTICE_STRINGS)
  const headingId = `${id}-heading`
  return (
    <section
      aria-labelledby={headingId}
      data-state={countdown.expired ? 'expired' : 'waiting'}
      {...rest}
      ref={rootRef}
      className={blockClass(block, className)}
    >
      <Heading level={headingLevel} id={headingId} className={`${block}-heading`}>
        {heading}
      </Heading>
      {children}
      <ExpiryCountdown
        countdown={countdown}
        className={`${block}-expiry`}
        remainingText={(time) => t(`device.${scope}.remaining`, { time })}
        thresholdKeys={THRESHOLD_KEYS}
        expiredText={t(`device.${scope}.expired`)}
      />
      {countdown.expired ? null : <p className={`${block}-checking`}>{t('device.checking')}</p>}
      {footer}
    </section>
  )
}
