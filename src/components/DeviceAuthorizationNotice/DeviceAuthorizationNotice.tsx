import { forwardRef, useId } from 'react'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { DEVICE_NOTICE_STRINGS } from './strings'
import { connectorText, CountdownNotice, useCountdown } from '../shared-countdown'
import { AuthorizationSteps } from './AuthorizationSteps'
import { CopyNickname } from './CopyNickname'
import type { DeviceAuthorizationNoticeProps } from './types'

/**
 * USER_AUTHORIZATION_PENDING: the bank wants the user to authorize a new device.
 * Shows the device name to look for (copyable), how to authorize it, until when,
 * and that farol keeps checking by itself.
 */
export const DeviceAuthorizationNotice = forwardRef<HTMLElement, DeviceAuthorizationNoticeProps>(
  function DeviceAuthorizationNotice(
    { deviceNickname, expiresAt, connectorName, now, onRetry, headingLevel = 2, ...rest },
    ref,
  ) {
    const { t } = useFarolStrings(DEVICE_NOTICE_STRINGS)
    const id = useId()
    const countdown = useCountdown(expiresAt, now)
    const nickname = typeof deviceNickname === 'string' ? deviceNickname.trim() : ''

    return (
      <CountdownNotice
        block="farol-DeviceAuthorizationNotice"
        id={id}
        scope="authorization"
        heading={t('device.authorization.heading')}
        headingLevel={headingLevel}
        countdown={countdown}
        {...rest}
        rootRef={ref}
        data-has-nickname={nickname ? 'true' : 'false'}
        footer={
          onRetry ? (
            <button
              type="button"
              className="farol-Button farol-DeviceAuthorizationNotice-retry"
              data-variant="primary"
              onClick={onRetry}
            >
              {countdown.expired ? t('common.retry') : t('device.authorization.retry')}
            </button>
          ) : null
        }
      >
        <p className="farol-DeviceAuthorizationNotice-intro">
          {connectorText(t, 'device.authorization.intro', connectorName)}
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
      </CountdownNotice>
    )
  },
)
