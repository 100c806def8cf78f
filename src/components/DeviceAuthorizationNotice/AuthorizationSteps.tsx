import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { DEVICE_NOTICE_STRINGS } from './strings'
import { connectorText } from '../shared-countdown'

/** Generic numbered steps to authorize a new device at the bank. */
export function AuthorizationSteps({
  id,
  connectorName,
  hasNickname,
}: {
  id: string
  connectorName?: string
  hasNickname: boolean
}) {
  const { t } = useFarolStrings(DEVICE_NOTICE_STRINGS)
  const steps = [
    connectorText(t, 'device.authorization.steps.open', connectorName),
    t('device.authorization.steps.find'),
    hasNickname
      ? t('device.authorization.steps.authorize')
      : t('device.authorization.steps.authorizePending'),
    t('device.authorization.steps.back'),
  ]
  return (
    <>
      <p id={id} className="farol-DeviceAuthorizationNotice-stepsHeading">
        {t('device.authorization.stepsHeading')}
      </p>
      <ol aria-labelledby={id} className="farol-DeviceAuthorizationNotice-steps">
        {steps.map((step, index) => (
          <li key={index}>{step}</li>
        ))}
      </ol>
    </>
  )
}
