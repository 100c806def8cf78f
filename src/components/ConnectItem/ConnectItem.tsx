import { forwardRef } from 'react'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { ConnectorPicker } from '../ConnectorPicker'
import { CredentialForm } from '../CredentialPrompt/CredentialForm'
import { useCredentialForm, type UseCredentialFormProps } from '../CredentialPrompt'
import { ItemConnectionStatus } from '../ItemConnectionStatus'
import { ProductWarningList } from '../ProductWarningList'
import { blockClass, connectorAccentStyle, Heading, type HeadingLevel } from '../shared'
import { connectorText } from '../shared-countdown'
import type { ItemGuidance } from '../../core/model'
import type { FarolTranslate } from '../../i18n'
import { CreateProblemNotice } from './CreateProblemNotice'
import { CONNECT_ITEM_STRINGS } from './strings'
import type { ConnectItemProps } from './types'
import { useConnectItem, type ConnectItemState } from './use-connect-item'

/**
 * Connect a new bank, natively: a render of `useConnectItem`. The picker, the
 * connector's own login form (CredentialPrompt's), then the created item
 * followed through MFA, the Open Finance consent (in the browser, never a
 * frame), device authorization and user actions, to the products that came.
 * With `itemId` it reconnects (or renews the consent of) an existing item.
 */
export const ConnectItem = forwardRef<HTMLElement, ConnectItemProps>(
  function ConnectItem(props, ref) {
    const {
      connectorIds: _connectorIds,
      connectorTypes: _connectorTypes,
      countries: _countries,
      selectedConnectorId: _selectedConnectorId,
      products: _products,
      oauthRedirectUri: _oauthRedirectUri,
      itemId: _itemId,
      onSuccess: _onSuccess,
      onError: _onError,
      onEvent: _onEvent,
      onClose: _onClose,
      headingLevel = 2,
      className,
      style,
      ...rest
    } = props
    const { t } = useFarolStrings(CONNECT_ITEM_STRINGS)
    const flow = useConnectItem(props)
    const { step, connectorName } = flow
    const heading = {
      pick: t('connect.picker.heading'),
      credentials: connectorText(t, 'connect.credentials.heading', connectorName),
      connecting: connectorText(t, 'connect.connecting.heading', connectorName),
      consent: connectorText(t, 'connect.consent.heading', connectorName),
      success: t('connect.success.heading'),
    }[step]
    return (
      <section
        {...rest}
        ref={ref}
        className={blockClass('farol-ConnectItem', className)}
        style={{ ...connectorAccentStyle(flow.connector?.primaryColor), ...style }}
        aria-labelledby={flow.headingProps.id}
        data-step={step}
      >
        <div className="farol-ConnectItem-header">
          <Heading
            level={headingLevel}
            {...flow.headingProps}
            className="farol-ConnectItem-heading"
          >
            {heading}
          </Heading>
          {flow.close && (
            <button
              type="button"
              className="farol-Button farol-ConnectItem-close"
              onClick={flow.close}
            >
              {t('connect.close')}
            </button>
          )}
        </div>
        <StepBody t={t} flow={flow} headingLevel={headingLevel} />
      </section>
    )
  },
)

function StepBody({
  t,
  flow,
  headingLevel,
}: {
  t: FarolTranslate
  flow: ConnectItemState
  headingLevel: HeadingLevel
}) {
  const { step, connectorName } = flow
  const inner = Math.min(headingLevel + 1, 6) as HeadingLevel
  switch (step) {
    case 'pick':
      return <ConnectorPicker {...flow.pickerProps} />
    case 'credentials':
      if (!flow.formProps) {
        return (
          <div className="farol-ConnectItem-body">
            <p className="farol-ConnectItem-note" role={flow.connectorError ? 'alert' : undefined}>
              {flow.connectorError ? t('connect.picker.loadError') : t('connect.picker.loading')}
            </p>
            {flow.back && <BackButton t={t} back={flow.back} renewing={flow.item !== undefined} />}
          </div>
        )
      }
      return (
        <div className="farol-ConnectItem-body">
          <p className="farol-ConnectItem-intro">
            {connectorText(
              t,
              flow.connector?.isOpenFinance
                ? 'connect.credentials.introOpenFinance'
                : 'connect.credentials.intro',
              connectorName,
            )}
          </p>
          {flow.createProblem && (
            <CreateProblemNotice
              t={t}
              problem={flow.createProblem}
              back={flow.back}
              useExisting={flow.useExisting}
              close={flow.close}
            />
          )}
          <ConnectForm
            t={t}
            formProps={flow.formProps}
            connectorName={connectorName}
            headingId={flow.headingProps.id}
          />
          {flow.back && <BackButton t={t} back={flow.back} renewing={flow.item !== undefined} />}
        </div>
      )
    case 'connecting':
      return flow.item && flow.statusProps ? (
        <ItemConnectionStatus
          key="item"
          item={flow.item}
          {...flow.statusProps}
          headingLevel={inner}
        />
      ) : (
        // Until the item loads: its loading state, or why it could not be loaded and a retry.
        // Keyed apart: ItemConnectionStatus reads its mode (itemId or item) once, on mount.
        <ItemConnectionStatus key="loading" itemId={flow.itemId!} headingLevel={inner} />
      )
    case 'consent': {
      const consent = flow.consent!
      return (
        <div className="farol-ConnectItem-body">
          <p>{t('connect.consent.body')}</p>
          <a
            className="farol-Button farol-ConnectItem-consent"
            data-variant={consent.away ? undefined : 'primary'}
            href={consent.url}
            {...(consent.mode === 'new-tab'
              ? { target: '_blank', rel: 'noopener noreferrer' }
              : { rel: 'noreferrer' })}
            onClick={consent.onOpen}
          >
            {consent.away
              ? t('connect.consent.reopen')
              : connectorText(t, 'connect.consent.open', connectorName)}
            {consent.mode === 'new-tab' && (
              <span className="farol-ConnectItem-newTab"> {t('common.opensInNewTab')}</span>
            )}
          </a>
          <p className="farol-ConnectItem-away" role="status" data-away={consent.away || undefined}>
            {consent.away ? t('connect.consent.away') : ''}
          </p>
        </div>
      )
    }
    case 'success':
      return (
        <div className="farol-ConnectItem-body">
          <p>{connectorText(t, 'connect.success.body', connectorName)}</p>
          <ProductsThatCame t={t} guidance={flow.guidance} />
          <ProductWarningList item={flow.item} guidance={flow.guidance} filter="attention" />
          {flow.close && (
            <button
              type="button"
              className="farol-Button"
              data-variant="primary"
              onClick={flow.close}
            >
              {t('connect.success.done')}
            </button>
          )}
        </div>
      )
  }
}

/** The products the host may now read (what came), by name. */
function ProductsThatCame({
  t,
  guidance,
}: {
  t: FarolTranslate
  guidance: ItemGuidance | undefined
}) {
  const products = Array.isArray(guidance?.fetchableProducts) ? guidance.fetchableProducts : []
  if (products.length === 0) return null
  return (
    <ul className="farol-ConnectItem-products" aria-label={t('connect.success.products')}>
      {products.map((product) => (
        <li key={product} data-product={product}>
          {t(`warnings.product.${product}`)}
        </li>
      ))}
    </ul>
  )
}

/** Back to the picker; on an existing item's form (a renewal), back to its status. */
function BackButton({
  t,
  back,
  renewing,
}: {
  t: FarolTranslate
  back: () => void
  renewing: boolean
}) {
  return (
    <button type="button" className="farol-Button farol-ConnectItem-back" onClick={back}>
      {renewing ? t('common.cancel') : t('connect.credentials.back')}
    </button>
  )
}

/** CredentialPrompt's form under ConnectItem's own heading. */
function ConnectForm({
  t,
  formProps,
  connectorName,
  headingId,
}: {
  t: FarolTranslate
  formProps: UseCredentialFormProps
  connectorName: string | undefined
  headingId: string
}) {
  const form = useCredentialForm(formProps)
  const named = {
    ...form,
    getFormProps: () => ({ ...form.getFormProps(), 'aria-labelledby': headingId }),
  }
  return <CredentialForm t={t} form={named} connectorName={connectorName} />
}
