import { forwardRef, type HTMLAttributes } from 'react'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { blockClass, visuallyHidden } from '../shared'
import { ConnectorOption } from './ConnectorOption'
import { CONNECTOR_PICKER_STRINGS } from './strings'
import { useConnectorPicker, type UseConnectorPickerProps } from './use-connector-picker'

export type ConnectorPickerProps = UseConnectorPickerProps &
  Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'onSelect'> & {
    /**
     * Render the polite live region that announces the number of matches. Default
     * true; a host (or `ConnectItem`) with its own region passes false and reads
     * `useConnectorPicker`'s `announcement`.
     */
    liveRegion?: boolean
  }

/**
 * A searchable list of institutions: logo (or initials), name, Open Finance,
 * personal or business, and health (an OFFLINE one is listed with the reason
 * but cannot be chosen). A render of `useConnectorPicker`: the search box is an
 * ARIA combobox controlling the listbox, and keeps focus throughout.
 */
export const ConnectorPicker = forwardRef<HTMLDivElement, ConnectorPickerProps>(
  function ConnectorPicker(
    {
      connectors,
      error,
      onRetry,
      onSelect,
      onEscape,
      query,
      defaultQuery,
      onQueryChange,
      liveRegion = true,
      className,
      ...rest
    },
    ref,
  ) {
    const { t } = useFarolStrings(CONNECTOR_PICKER_STRINGS)
    const picker = useConnectorPicker({
      connectors,
      error,
      onRetry,
      onSelect,
      onEscape,
      query,
      defaultQuery,
      onQueryChange,
    })
    const { state, options } = picker
    return (
      <div
        {...rest}
        ref={ref}
        className={blockClass('farol-ConnectorPicker', className)}
        data-state={state}
      >
        {liveRegion && (
          <div role="status" aria-live="polite" aria-atomic="true" style={visuallyHidden}>
            {picker.announcement}
          </div>
        )}
        <label {...picker.getLabelProps()} className="farol-ConnectorPicker-label">
          {t('connect.picker.label')}
        </label>
        <input
          {...picker.getInputProps()}
          className="farol-ConnectorPicker-input"
          placeholder={t('connect.picker.placeholder')}
        />
        {state === 'loading' && (
          <p className="farol-ConnectorPicker-note" aria-busy="true">
            {t('connect.picker.loading')}
          </p>
        )}
        {error && (
          <div className="farol-ConnectorPicker-error" role="alert">
            <p>{t('connect.picker.loadError')}</p>
            {picker.retry && (
              <button type="button" className="farol-Button" onClick={picker.retry}>
                {t('common.retry')}
              </button>
            )}
          </div>
        )}
        {state === 'empty' && (
          <p className="farol-ConnectorPicker-note">
            {connectors?.length
              ? t('connect.picker.empty', { query: picker.query })
              : t('connect.picker.emptyAll')}
          </p>
        )}
        {options.length > 0 && (
          <ul {...picker.getListboxProps()} className="farol-ConnectorPicker-list">
            {options.map((option, index) => (
              <ConnectorOption
                key={option.connector.id}
                option={option}
                index={index}
                id={picker.optionId(index)}
                active={index === picker.activeIndex}
                t={t}
                handlers={picker.optionHandlers}
              />
            ))}
          </ul>
        )}
      </div>
    )
  },
)
