import { useCallback, useEffect, useId, useRef, useState } from 'react'
import {
  getApiProblem,
  type ApiProblem,
  type Connector,
  type GuidedAction,
  type Item,
  type ItemGuidance,
} from '../../core'
import { credentialInputKind } from '../../core/credentials'
import { useConnector } from '../../react/use-connector'
import { useConnectors } from '../../react/connect/use-connectors'
import { useCreateItem } from '../../react/connect/use-create-item'
import { useItemGuidance } from '../../react/use-item-guidance'
import type { UseCredentialFormProps } from '../CredentialPrompt'
import type { ItemConnectionStatusViewProps } from '../ItemConnectionStatus'
import type { UseConnectorPickerProps } from '../ConnectorPicker'
import { safeHttpUrl } from '../shared'
import type { ConnectItemEvent, ConnectItemStep, UseConnectItemProps } from './types'

/** A problem the credentials step shows above the form (the values stay typed). */
export type CreateProblem = Exclude<ApiProblem, { kind: 'validation' }>

export interface ConnectItemConsent {
  /** The bank's consent page (http(s) only). */
  url: string
  mode: 'new-tab' | 'redirect'
  /** The user went to the bank (or came back from it): the flow waits for them. */
  away: boolean
  /** Put on the link to the bank: it records the visit and emits `oauth-opened`. */
  onOpen: () => void
}

export interface ConnectItemState {
  step: ConnectItemStep
  /** The chosen institution, once known. */
  connector: Connector | undefined
  /** Its name, trimmed, or undefined (generic wording). */
  connectorName: string | undefined
  /** The item followed (created, given, or the existing one offered for a duplicate). */
  itemId: string | undefined
  item: Item | undefined
  guidance: ItemGuidance | undefined
  /** 'pick': the picker's props. */
  pickerProps: UseConnectorPickerProps
  /** 'credentials': the form's props (`useCredentialForm`); undefined while the connector loads. */
  formProps: UseCredentialFormProps | undefined
  /** 'credentials': the connector could not be loaded. */
  connectorError: ApiProblem | undefined
  /** 'credentials': the last create failed (not a field error); the typed values are kept. */
  createProblem: CreateProblem | undefined
  /** 'connecting': the status view's props (MFA, device, user action, errors). */
  statusProps: Omit<ItemConnectionStatusViewProps, 'item'> | undefined
  /** 'consent': the bank's page. */
  consent: ConnectItemConsent | undefined
  /** Back to the picker (absent when `selectedConnectorId` skipped it). */
  back: (() => void) | undefined
  /** Follow the existing item instead of a duplicate. */
  useExisting: (() => void) | undefined
  close: (() => void) | undefined
  /** Put on the heading of the current step: it takes focus when the step changes. */
  headingProps: { id: string; tabIndex: -1 }
}

const SUCCESS_REASONS = new Set(['updated', 'partial-success'])

function isOauth(
  action: GuidedAction | undefined,
): action is Extract<GuidedAction, { type: 'provide-mfa' }> {
  return action?.type === 'provide-mfa' && credentialInputKind(action.parameter) === 'oauth'
}

function nameOf(connector: Connector | undefined): string | undefined {
  const name: unknown = connector?.name
  return typeof name === 'string' && name.trim() ? name.trim() : undefined
}

function stepOf(
  itemId: string | undefined,
  guidance: ItemGuidance | undefined,
  connectorId: number | undefined,
): ConnectItemStep {
  if (itemId === undefined) return connectorId === undefined ? 'pick' : 'credentials'
  if (!guidance) return 'connecting'
  if (SUCCESS_REASONS.has(guidance.reason)) return 'success'
  const actions = Array.isArray(guidance.actions) ? guidance.actions : []
  return isOauth(actions[0]) && safeHttpUrl(actions[0].parameter.data) ? 'consent' : 'connecting'
}

/** The API's submit resolves `undefined` on failure; the form keeps its values only on a rejection. */
function rejectWithout(item: Item | undefined): Promise<Item> {
  return item ? Promise.resolve(item) : Promise.reject(new Error('not sent'))
}

/**
 * `ConnectItem`'s behaviour for any markup: pick → credentials → create →
 * follow the item (MFA, OAuth consent, device, user action) → success. The step
 * follows from the state (the created item's guidance decides the later ones);
 * typed credentials live only in the form and travel sealed to `POST /items`.
 */
export function useConnectItem(props: UseConnectItemProps): ConnectItemState {
  const { connectorIds, connectorTypes, countries, selectedConnectorId } = props
  const latest = useRef(props)
  useEffect(() => {
    latest.current = props
  })
  const emit = useCallback((event: ConnectItemEvent) => latest.current.onEvent?.(event), [])
  const fail = useCallback(
    (problem: ApiProblem) => {
      emit({ type: 'error', problem })
      latest.current.onError?.(problem)
    },
    [emit],
  )

  const [connectorId, setConnectorId] = useState(selectedConnectorId)
  const [itemId, setItemId] = useState(props.itemId)
  // A new `itemId` from the host (e.g. back from the bank with ?itemId=) is followed.
  const [givenItemId, setGivenItemId] = useState(props.itemId)
  if (givenItemId !== props.itemId) {
    setGivenItemId(props.itemId)
    if (props.itemId !== undefined) setItemId(props.itemId)
  }
  const [awayFor, setAwayFor] = useState<string | undefined>(props.itemId)
  // Renewing an Open Finance consent (or logging in again) on an existing item: the
  // connector's form, sent with PATCH; the bank then asks for the consent again.
  const [renewFor, setRenewFor] = useState<string | undefined>()

  // useConnectors keys its query by content: a new array each render is the same search.
  const filters = { ids: connectorIds, types: connectorTypes, countries }
  const picking = itemId === undefined && connectorId === undefined
  const list = useConnectors(filters, { enabled: picking || connectorId !== undefined })
  const listed = list.connectors?.find((connector) => connector.id === connectorId)
  const api = useItemGuidance(itemId ?? '')
  const item = itemId !== undefined ? api.item : undefined
  const renewing = renewFor !== undefined && renewFor === itemId
  const itemConnectorId = renewing ? item?.connector?.id : undefined
  const needsConnector =
    itemConnectorId !== undefined ||
    (connectorId !== undefined && !(listed && Array.isArray(listed.credentials)))
  const single = useConnector(needsConnector ? (itemConnectorId ?? connectorId) : undefined)
  const create = useCreateItem()
  const connector =
    (needsConnector ? single.connector : listed) ?? (item?.connector as Connector | undefined)
  const guidance = itemId !== undefined ? api.guidance : undefined
  const step =
    renewing && guidance && !SUCCESS_REASONS.has(guidance.reason)
      ? 'credentials'
      : stepOf(itemId, guidance, connectorId)

  // Success once per item; a failure the user must fix, once per reason.
  const reported = useRef<string | undefined>(undefined)
  useEffect(() => {
    if (!item || !guidance) return
    const key = `${item.id}:${step === 'success' ? 'success' : guidance.reason}`
    if (reported.current === key) return
    if (step === 'success') {
      reported.current = key
      emit({ type: 'success', item })
      latest.current.onSuccess?.(item)
    } else if (
      guidance.terminal &&
      (guidance.phase === 'login-error' || guidance.phase === 'outdated')
    ) {
      reported.current = key
      emit({ type: 'error', reason: guidance.reason, itemId: item.id })
    }
  }, [step, item, guidance, emit])

  // An action on the followed item failed (network, server…): the status says so; tell the host.
  const { actionError } = api
  useEffect(() => {
    if (actionError) fail(actionError)
  }, [actionError, fail])

  const headingId = `${useId()}-heading`
  // The new step's heading takes focus (not on mount: the host decides that).
  const shownStep = useRef(step)
  useEffect(() => {
    if (shownStep.current === step) return
    shownStep.current = step
    document.getElementById(headingId)?.focus()
  }, [step, headingId])

  const problem = renewing ? api.actionError : create.error
  const createProblem =
    step === 'credentials' && problem && problem.kind !== 'validation'
      ? (problem as CreateProblem)
      : undefined

  const renew = (values: Record<string, string>) => {
    emit({ type: 'credentials-submitted', connectorId: itemConnectorId ?? -1 })
    return api.submitCredentials(values).then((updated) => {
      if (!updated) return Promise.reject(new Error('not sent'))
      setRenewFor(undefined)
      return updated
    })
  }

  const submit = async (values: Record<string, string>) => {
    if (connectorId === undefined) return
    emit({ type: 'credentials-submitted', connectorId })
    const { products, oauthRedirectUri } = latest.current
    try {
      const created = await create.create(connectorId, values, {
        products,
        oauthRedirectUri,
        avoidDuplicates: true,
      })
      emit({ type: 'item-created', item: created })
      setItemId(created.id)
      return created
    } catch (error) {
      const found = getApiProblem(error)
      if (found) fail(found)
      // Rejecting keeps what the user typed in the form.
      throw error
    }
  }

  const retryItem = () => void api.retry()
  const statusProps: ConnectItemState['statusProps'] =
    step === 'connecting' && item
      ? {
          guidance,
          submitting: api.isSubmitting,
          fieldErrors: api.fieldErrors,
          refreshError: api.refreshError,
          actionError: api.actionError,
          onRetry: retryItem,
          // Renew the consent (or reconnect) with the connector's own form.
          onReconnect: () => setRenewFor(item.id),
          onSubmitCredentials: (values) => api.submitCredentials(values).then(rejectWithout),
          onSubmitMfa: (values) => {
            emit({ type: 'mfa-submitted', itemId: item.id })
            return api.submitMfa(values).then(rejectWithout)
          },
        }
      : undefined

  const oauth = guidance?.actions?.[0]
  const consentUrl = isOauth(oauth) ? safeHttpUrl(oauth.parameter.data) : undefined
  const mode = props.oauthRedirectUri ? 'redirect' : 'new-tab'
  const consent: ConnectItemConsent | undefined =
    step === 'consent' && item && consentUrl
      ? {
          url: consentUrl,
          mode,
          away: awayFor === item.id,
          onOpen: () => {
            setAwayFor(item.id)
            emit({ type: 'oauth-opened', itemId: item.id, url: consentUrl, mode })
          },
        }
      : undefined

  const duplicate = problem?.kind === 'duplicate-item' ? problem.itemIds[0] : undefined
  const { onClose } = props
  return {
    step,
    connector,
    connectorName: nameOf(connector),
    itemId,
    item,
    guidance,
    pickerProps: {
      connectors: list.connectors,
      error: list.error,
      onRetry: list.refetch,
      onSelect: (chosen) => {
        emit({ type: 'connector-selected', connector: chosen })
        create.reset()
        setConnectorId(chosen.id)
      },
      onEscape: onClose,
    },
    formProps:
      step === 'credentials' && connector
        ? {
            fields: Array.isArray(connector.credentials) ? connector.credentials : [],
            mode: 'credentials',
            onSubmit: renewing ? renew : submit,
            submitting: renewing ? api.isSubmitting : create.isPending,
            fieldErrors: renewing ? api.fieldErrors : create.fieldErrors,
          }
        : undefined,
    connectorError: step === 'credentials' && !connector ? single.error : undefined,
    createProblem,
    statusProps,
    consent,
    back: renewing
      ? () => setRenewFor(undefined)
      : selectedConnectorId === undefined && step === 'credentials'
        ? () => {
            create.reset()
            setConnectorId(undefined)
          }
        : undefined,
    useExisting:
      step === 'credentials' && duplicate
        ? () => {
            create.reset()
            setItemId(duplicate)
          }
        : undefined,
    close: onClose
      ? () => {
          emit({ type: 'closed', step })
          onClose()
        }
      : undefined,
    headingProps: { id: headingId, tabIndex: -1 },
  }
}
