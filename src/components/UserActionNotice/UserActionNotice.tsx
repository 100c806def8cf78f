import { useId } from 'react'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { USER_ACTION_STRINGS } from './strings'
import { ExpiryCountdown, useCountdown } from '../shared-countdown'
import { InstitutionImage } from '../CredentialPrompt/InstitutionImage'
import { findQrImage } from './qr-image'
import type { UserActionNoticeProps } from './types'

type Kind = 'qr' | 'authorize-access' | 'other'

function kindOf(type: unknown): Kind {
  return type === 'qr' || type === 'authorize-access' ? type : 'other'
}

/**
 * WAITING_USER_ACTION: the institution wants the user to do something on another
 * device (scan a QR code, approve in the bank app). Its instructions are shown
 * verbatim, as Portuguese text.
 */
export function UserActionNotice({
  userAction,
  now,
  connectorName,
  className,
  style,
  headingLevel = 2,
}: UserActionNoticeProps) {
  const { t } = useFarolStrings(USER_ACTION_STRINGS)
  const id = useId()
  const action = userAction && typeof userAction === 'object' ? userAction : undefined
  const kind = kindOf(action?.type)
  const countdown = useCountdown(action?.expiresAt, now)
  const instructions = typeof action?.instructions === 'string' ? action.instructions.trim() : ''
  const nicknameValue: unknown = action?.attributes?.deviceNickname
  const deviceNickname = typeof nicknameValue === 'string' ? nicknameValue.trim() : ''
  const qr = kind === 'qr' ? findQrImage(action?.attributes) : { found: false }
  const Heading = `h${headingLevel}` as const
  const headingId = `${id}-heading`

  let heading: string
  let hint: string
  if (kind === 'qr') {
    heading = t('device.userAction.qr.heading')
    hint = connectorName
      ? t('device.userAction.qr.hint', { connectorName })
      : t('device.userAction.qr.hintGeneric')
  } else if (kind === 'authorize-access') {
    heading = t('device.userAction.authorize.heading')
    hint = connectorName
      ? t('device.userAction.authorize.hint', { connectorName })
      : t('device.userAction.authorize.hintGeneric')
  } else {
    heading = t('device.userAction.other.heading')
    hint = t('device.userAction.other.hint')
  }

  return (
    <section
      className={className ? `farol-UserActionNotice ${className}` : 'farol-UserActionNotice'}
      style={style}
      aria-labelledby={headingId}
      data-type={kind}
      data-state={countdown.expired ? 'expired' : 'waiting'}
    >
      <Heading id={headingId} className="farol-UserActionNotice-heading">
        {heading}
      </Heading>
      <p className="farol-UserActionNotice-hint">{hint}</p>
      {qr.found ? (
        <InstitutionImage
          src={qr.src}
          className="farol-UserActionNotice-qr"
          unavailableClassName="farol-UserActionNotice-qrUnavailable"
          alt={
            connectorName
              ? t('device.userAction.qr.alt', { connectorName })
              : t('device.userAction.qr.altGeneric')
          }
          unavailableText={t('device.userAction.qr.unavailable')}
        />
      ) : null}
      {instructions ? (
        <div className="farol-UserActionNotice-instructions">
          <p id={`${id}-instructions`} className="farol-UserActionNotice-instructionsLabel">
            {t('device.userAction.instructionsLabel')}
          </p>
          <p lang="pt-BR" dir="auto" className="farol-UserActionNotice-instructionsText">
            {instructions}
          </p>
        </div>
      ) : null}
      {deviceNickname ? (
        <p className="farol-UserActionNotice-device">
          {t('device.userAction.deviceLabel')}:{' '}
          <code translate="no" dir="auto">
            {deviceNickname}
          </code>
        </p>
      ) : null}
      <ExpiryCountdown
        countdown={countdown}
        className="farol-UserActionNotice-expiry"
        remainingText={(time) => t('device.userAction.remaining', { time })}
        thresholdKeys={{
          minutes: 'device.expiry.lessThanMinutes',
          seconds: 'device.expiry.lessThanSeconds',
        }}
        expiredText={t('device.userAction.expired')}
      />
      {countdown.expired ? null : (
        <p className="farol-UserActionNotice-checking">{t('device.checking')}</p>
      )}
    </section>
  )
}
