import { forwardRef, useId } from 'react'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { USER_ACTION_STRINGS } from './strings'
import { connectorText, CountdownNotice, useCountdown } from '../shared-countdown'
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
export const UserActionNotice = forwardRef<HTMLElement, UserActionNoticeProps>(
  function UserActionNotice(
    { userAction, now, connectorName, deviceNickname: nickname, headingLevel = 2, ...rest },
    ref,
  ) {
    const { t } = useFarolStrings(USER_ACTION_STRINGS)
    const id = useId()
    const action = userAction && typeof userAction === 'object' ? userAction : undefined
    const kind = kindOf(action?.type)
    const countdown = useCountdown(action?.expiresAt, now)
    const instructions = typeof action?.instructions === 'string' ? action.instructions.trim() : ''
    const deviceNickname = typeof nickname === 'string' ? nickname.trim() : ''
    const qr = kind === 'qr' ? findQrImage(action?.attributes) : { found: false }

    let heading: string
    let hint: string
    if (kind === 'other') {
      heading = t('device.userAction.other.heading')
      hint = t('device.userAction.other.hint')
    } else {
      const group = kind === 'qr' ? 'qr' : 'authorize'
      heading = t(`device.userAction.${group}.heading`)
      hint = connectorText(t, `device.userAction.${group}.hint`, connectorName)
    }

    return (
      <CountdownNotice
        block="farol-UserActionNotice"
        id={id}
        scope="userAction"
        heading={heading}
        headingLevel={headingLevel}
        countdown={countdown}
        {...rest}
        rootRef={ref}
        data-type={kind}
      >
        <p className="farol-UserActionNotice-hint">{hint}</p>
        {qr.found ? (
          <InstitutionImage
            src={qr.src}
            className="farol-UserActionNotice-qr"
            unavailableClassName="farol-UserActionNotice-qrUnavailable"
            alt={connectorText(t, 'device.userAction.qr.alt', connectorName)}
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
      </CountdownNotice>
    )
  },
)
