import { useRef, useState } from 'react'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { DEVICE_NOTICE_STRINGS } from './strings'
import { copyText } from './copy-text'

type CopyStatus = 'idle' | 'copied' | 'failed'

/** The device name, prominent and selectable, with a copy button and a polite confirmation. */
export function CopyNickname({ nickname, labelId }: { nickname: string; labelId: string }) {
  const { t } = useFarolStrings(DEVICE_NOTICE_STRINGS)
  const valueRef = useRef<HTMLElement>(null)
  const [status, setStatus] = useState<CopyStatus>('idle')

  const copy = async () => {
    // Empty the live region first so a second "Copiado!" is announced again.
    setStatus('idle')
    // After an unmount this set is a no-op (React 18+).
    setStatus((await copyText(nickname, valueRef.current)) ? 'copied' : 'failed')
  }

  return (
    <div className="farol-DeviceAuthorizationNotice-nickname">
      <span id={labelId} className="farol-DeviceAuthorizationNotice-nicknameLabel">
        {t('device.authorization.nicknameLabel')}
      </span>
      <code
        ref={valueRef}
        className="farol-DeviceAuthorizationNotice-nicknameValue"
        translate="no"
        dir="auto"
      >
        {nickname}
      </code>
      <button
        type="button"
        className="farol-Button farol-DeviceAuthorizationNotice-copy"
        aria-describedby={labelId}
        onClick={() => void copy()}
      >
        {t('device.authorization.copy')}
      </button>
      <span
        role="status"
        className="farol-DeviceAuthorizationNotice-copyStatus"
        data-status={status}
      >
        {status === 'idle'
          ? ''
          : t(
              status === 'copied'
                ? 'device.authorization.copied'
                : 'device.authorization.copyFailed',
            )}
      </span>
    </div>
  )
}
