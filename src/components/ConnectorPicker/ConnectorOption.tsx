import { memo, useState } from 'react'
import type { FarolTranslate } from '../../i18n'
import type { PickerOption } from './match'
import type { OptionHandlers } from './use-connector-picker'

interface ConnectorOptionProps {
  option: PickerOption
  index: number
  id: string
  active: boolean
  t: FarolTranslate
  handlers: OptionHandlers
}

/** The logo, or the initials when there is none or it fails to load. */
function Logo({ option }: { option: PickerOption }) {
  const [failed, setFailed] = useState(false)
  if (!option.logo || failed) {
    return (
      <span className="farol-ConnectorPicker-logo" data-fallback="true" aria-hidden="true">
        {option.initials}
      </span>
    )
  }
  return (
    <img
      className="farol-ConnectorPicker-logo"
      src={option.logo}
      alt=""
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      onError={() => setFailed(true)}
    />
  )
}

/** One institution in the list; re-renders only when it or its highlight changes. */
export const ConnectorOption = memo(function ConnectorOption({
  option,
  index,
  id,
  active,
  t,
  handlers,
}: ConnectorOptionProps) {
  const offline = option.health === 'OFFLINE'
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      aria-disabled={offline || undefined}
      data-index={index}
      data-active={active || undefined}
      data-health={option.health}
      className="farol-ConnectorPicker-option"
      {...handlers}
    >
      <Logo option={option} />
      <span className="farol-ConnectorPicker-text">
        <span className="farol-ConnectorPicker-name">{option.name}</span>
        <span className="farol-ConnectorPicker-tags">
          {option.openFinance && (
            <span className="farol-ConnectorPicker-tag" data-tag="open-finance">
              {t('connect.picker.openFinance')}
            </span>
          )}
          {option.audience && (
            <span className="farol-ConnectorPicker-tag" data-tag={option.audience}>
              {t(`connect.picker.${option.audience}`)}
            </span>
          )}
          {option.health === 'UNSTABLE' && (
            <span className="farol-ConnectorPicker-tag" data-tag="unstable">
              {t('connect.picker.unstable')}
            </span>
          )}
        </span>
        {offline && (
          <span className="farol-ConnectorPicker-reason">{t('connect.picker.offline')}</span>
        )}
      </span>
    </li>
  )
})
