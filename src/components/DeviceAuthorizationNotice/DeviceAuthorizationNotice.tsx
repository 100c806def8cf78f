import { useId } from 'react'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { DEVICE_NOTICE_STRINGS } from './strings'
import { ExpiryCountdown, useCountdown } from '../shared-countdown'
import { AuthorizationSteps } from './AuthorizationSteps'
import { CopyNickname } from './CopyNickname'
import type { DeviceAuthorizationNoticeProps } from './types'

/**
 * USER_AUTHORIZATION_PENDING: the bank wants the user to authorize a new device.
 * Shows the device name to look for (copyable), how to authorize it, until when,
 * and that farol keeps checking by itself.
 */
export function DeviceAuthorizationNotice({
  deviceNickname,
  expiresAt,
  connectorName,
  now,
  onRetry,
  className,
  style,
  headingLevel = 2,
}: DeviceAuthorizationNoticeProps) {
  const { t } = useFarolStrings(DEVICE_NOTICE_STRINGS)
  const id = useId()
  const countdown = useCountdown(expiresAt, now)
  const nickname = typeof deviceNickname === 'string' ? deviceNickname.trim() : ''
  const Heading = `h${headingLevel}` as const
  const headingId = `${id}-heading`

  return (
    <section
      className={
        className
          ? `farol-DeviceAuthorizationNotice ${className}`
          : 'farol-DeviceAuthorizationNotice'
      }
      style={style}
      aria-labelledby={headingId}
      data-state={countdown.expired ? 'expired' : 'waiting'}
      data-has-nickname={nickname ? 'true' : 'false'}
    >
      <Heading id={headingId} className="farol-DeviceAuthorizationNotice-heading">
        {t('device.authorization.heading')}
      </Heading>
      <p className="farol-DeviceAuthorizationNotice-intro">
        {connectorName
          ? t('device.authorization.intro', { connectorName })
          : t('device.authorization.introGeneric')}
      </p>
      {nickname ? (
        <CopyNickname nickname={nickname} labelId={`${id}-nickname`} />
      ) : (
        <p className="farol-DeviceAuthorizationNotice-nicknameMissing">
          {t('device.authorization.nicknameMissing')}
        </p>
      )}
      <AuthorizationSteps
        id={`${id}-steps`}
        connectorName={connectorName}
        hasNickname={Boolean(nickname)}
      />
      <ExpiryCountdown
        countdown={countdown}
        className="farol-DeviceAuthorizationNotice-expiry"
        remainingText={(time) => t('device.authorization.remaining', { time })}
        thresholdKeys={{
          minutes: 'device.expiry.lessThanMinutes',
          seconds: 'device.expiry.lessThanSeconds',
        }}
        expiredText={t('device.authorization.expired')}
      />
      {countdown.expired ? null : (
        <p className="farol-DeviceAuthorizationNotice-checking">{t('device.checking')}</p>
      )}
      {onRetry ? (
        <button
          type="button"
          className="farol-Button farol-DeviceAuthorizationNotice-retry"
          data-variant="primary"
          onClick={onRetry}
        >
          {countdown.expired ? t('common.retry') : t('device.authorization.retry')}
        </button>
      ) : null}
    </section>
  )
}
