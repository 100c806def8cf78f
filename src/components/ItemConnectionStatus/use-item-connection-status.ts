import { useContext, useState, type HTMLAttributes } from 'react'
import type {
  ApiProblem,
  GuidedAction,
  GuidedActionType,
  Item,
  ItemGuidance,
} from '../../core/model'
import { FarolContext } from '../../react/context'
import { useDescribedItem } from '../../react/guidance-clock'
import { useItemGuidance } from '../../react/use-item-guidance'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import type { UseCredentialFormProps } from '../CredentialPrompt'
import { reasonText, useStatusBanner, type StatusBannerState } from '../StatusBanner'
import { ITEM_STATUS_STRINGS } from './strings'
import type {
  ConnectedItemStatusProps,
  ItemConnectionHandlers,
  ItemConnectionStatusViewProps,
} from './types'

/** `useItemConnectionStatus`'s first argument: `ItemConnectionStatus`'s props but the handlers. */
export type ItemConnectionSource =
  | Omit<ItemConnectionStatusViewProps, keyof ItemConnectionHandlers>
  | Omit<ConnectedItemStatusProps, keyof ItemConnectionHandlers>

/** The form or notice under the banner that lets the user do what it asks. */
export type ItemConnectionSlot =
  | {
      kind: 'credential-form'
      action: Extract<GuidedAction, { type: 'update-credentials' | 'provide-mfa' }>
      /** Pass to `useCredentialForm` (or `CredentialPrompt`). */
      formProps: UseCredentialFormProps
      /** Set when the user opened the form from a secondary action: closes it. */
      onCancel?: () => void
      onReconnect?: () => void
    }
  | {
      kind: 'device-authorization'
      action: Extract<GuidedAction, { type: 'authorize-device' }>
      /** "I've authorized it": updates the item again. */
      onRetry?: () => void
    }
  | { kind: 'user-action'; action: Extract<GuidedAction, { type: 'complete-user-action' }> }

export type ItemConnectionStatusState =
  | {
      /** `itemId` mode, before the first item: loading, or the first load failed. */
      status: 'loading' | 'error'
      loadError?: ApiProblem
      /** Fetch the item again after a failed first load. */
      retryLoad: () => void
      rootProps: HTMLAttributes<HTMLElement> & Record<`data-${string}`, string>
    }
  | {
      status: 'ready'
      item: Item
      /** Follows the clock (expiries, consent days, a refused retry) with no request. */
      guidance: ItemGuidance
      /** Headline, notices and the buttons (each with its label and `getButtonProps()`). */
      banner: StatusBannerState
      slot: ItemConnectionSlot | undefined
      /** The text of the one polite live region: the new headline when the reason changes. */
      announcement: string
      /** A request failed while the last good item is shown. */
      problem?: { text: string; source: 'action' | 'refresh' }
      submitting: boolean
      rootProps: HTMLAttributes<HTMLElement> & Record<`data-${string}`, string>
    }

/** What the banner hook is given before there is an item (its result is not shown). */
const LOADING: ItemGuidance = {
  phase: 'unknown',
  reason: 'unknown',
  tone: 'neutral',
  terminal: false,
  retryable: false,
  fetchableProducts: [],
  failedProducts: [],
  warnings: [],
  notices: [],
  actions: [],
  alert: 'none',
  autoSync: { willRetry: false },
}

/** Polling stops after these, so "we'll try again" would not be true. */
const STOPS_POLLING: ReadonlySet<ApiProblem['kind']> = new Set([
  'unauthorized',
  'forbidden',
  'not-found',
])

/**
 * What an action does: the host handler it calls, or opening the form.
 * `undefined` when nothing handles it (no button is shown for it).
 */
function actionHandler(
  action: GuidedAction,
  handlers: ItemConnectionHandlers,
  openForm: () => void,
): (() => void) | undefined {
  const specific = {
    retry: handlers.onRetry,
    'authorize-device': handlers.onRetry,
    'act-at-institution': handlers.onReconnect ?? handlers.onRetry,
    'renew-consent': handlers.onReconnect,
    'update-credentials': handlers.onSubmitCredentials ? openForm : handlers.onReconnect,
    'provide-mfa': handlers.onSubmitMfa ? openForm : undefined,
  }[action.type as string]
  const { onAction } = handlers
  if (!specific && !onAction) return undefined
  return () => {
    onAction?.(action)
    specific?.()
  }
}

/**
 * The primary action's form or notice. A secondary `update-credentials` (e.g. the
 * account was locked: act at the bank first) shows the form only once the user
 * asks (`formOpened`), so nobody is nudged into another failed login.
 */
function slotOf(
  guidance: ItemGuidance,
  item: Item,
  handlers: ItemConnectionHandlers,
  formOpened: boolean,
  form: Pick<UseCredentialFormProps, 'submitting' | 'fieldErrors' | 'now'>,
  closeForm: (() => void) | undefined,
): ItemConnectionSlot | undefined {
  const actions = Array.isArray(guidance.actions) ? guidance.actions : []
  const primary = actions[0]
  const credentials = actions.find((action) => action.type === 'update-credentials')
  const { onSubmitCredentials, onSubmitMfa, onReconnect } = handlers
  if (credentials && onSubmitCredentials && (primary === credentials || formOpened)) {
    return {
      kind: 'credential-form',
      action: credentials,
      formProps: {
        ...form,
        mode: 'credentials',
        fields: credentials.fields,
        onSubmit: onSubmitCredentials,
      },
      onCancel: closeForm,
      onReconnect,
    }
  }
  switch (primary?.type) {
    case 'provide-mfa':
      return onSubmitMfa
        ? {
            kind: 'credential-form',
            action: primary,
            formProps: {
              ...form,
              mode: 'mfa',
              fields: [primary.parameter],
              expiresAt: primary.expiresAt,
              onSubmit: onSubmitMfa,
            },
            onReconnect,
          }
        : undefined
    case 'authorize-device':
      return {
        kind: 'device-authorization',
        action: primary,
        onRetry: actionHandler({ type: 'retry' }, handlers, () => {}),
      }
    case 'complete-user-action':
      return { kind: 'user-action', action: primary }
    default:
      return undefined
  }
}

/** The banner buttons a slot stands in for; the device notice has its own "I've authorized it". */
function replacedActions(slot: ItemConnectionSlot | undefined): GuidedActionType[] {
  if (!slot) return []
  return slot.kind === 'device-authorization' ? ['authorize-device', 'retry'] : [slot.action.type]
}

/**
 * The API's submit resolves `undefined` when it failed (the failure is in its state);
 * the form keeps the typed values only when its submit rejects.
 */
function failWithoutItem(
  submit: (values: Record<string, string>) => Promise<Item | undefined>,
): (values: Record<string, string>) => Promise<Item> {
  return (values) =>
    submit(values).then((item) => item ?? Promise.reject(new Error('submit failed')))
}

/**
 * The reason to announce: none for the first one (on mount, or when the item
 * first loads), then the new reason each time it changes (tracked during render,
 * React's pattern for derived state).
 */
function useReasonAnnouncement(reason: string | undefined): string | undefined {
  const [tracked, setTracked] = useState<{ reason?: string; announced?: string }>({ reason })
  const announced = tracked.reason === undefined ? undefined : reason
  if (tracked.reason !== reason) setTracked({ reason, announced })
  return tracked.reason === reason ? tracked.announced : announced
}

/**
 * `ItemConnectionStatus`'s behaviour for any markup. Given `itemId` (inside a
 * `FarolProvider`) it polls the item and wires retry, credentials and MFA to the
 * API; given `item` it only presents and calls `handlers`. The props may switch
 * between the two, or to another `itemId`, at any render.
 */
export function useItemConnectionStatus(
  source: ItemConnectionSource,
  handlers: ItemConnectionHandlers = {},
): ItemConnectionStatusState {
  const options = { ...source.describeOptions, now: source.now }
  const connected = source.itemId !== undefined
  // Under a FarolProvider the item hooks always run (idle without an itemId), so the
  // props may switch between `item` and `itemId` with the hooks in the same order. A
  // provider appears or goes only with a new tree above, which remounts this anyway.
  const provided = useContext(FarolContext) !== null
  if (connected && !provided)
    throw new Error('farol: wrap this component in <FarolProvider client={…}>')
  // eslint-disable-next-line react-hooks/rules-of-hooks -- fixed for the component's life (see above)
  const fromApi = provided ? useItemGuidance(source.itemId ?? '', options) : undefined
  const api = connected ? fromApi : undefined
  const given = connected
    ? undefined
    : (source as Omit<ItemConnectionStatusViewProps, keyof ItemConnectionHandlers>)
  const described = useDescribedItem(given && !given.guidance ? given.item : undefined, {
    ...source.describeOptions,
    now: source.now,
  })
  const item = api ? api.item : given!.item
  const guidance = api ? api.guidance : (given!.guidance ?? described)
  const wired: ItemConnectionHandlers = api
    ? {
        ...handlers,
        onRetry: () => {
          handlers.onRetry?.()
          void api.retry()
        },
        onSubmitCredentials: failWithoutItem(api.submitCredentials),
        onSubmitMfa: failWithoutItem(api.submitMfa),
      }
    : handlers
  const submitting = api ? api.isSubmitting : given!.submitting === true
  const fieldErrors = api ? api.fieldErrors : given!.fieldErrors
  const refreshError = api ? api.refreshError : given!.refreshError
  const actionError = api ? api.actionError : given!.actionError

  const { t, ...translation } = useFarolStrings(ITEM_STATUS_STRINGS)
  const [formOpened, setFormOpened] = useState<{ reason: string } | undefined>()
  // A form opened from a secondary action belongs to that state only.
  const opened = guidance !== undefined && formOpened?.reason === guidance.reason
  const openForm = () => guidance && setFormOpened({ reason: guidance.reason })
  const slot =
    item && guidance
      ? slotOf(
          guidance,
          item,
          wired,
          opened,
          { submitting, fieldErrors, now: source.now },
          opened ? () => setFormOpened(undefined) : undefined,
        )
      : undefined
  const actions = guidance && Array.isArray(guidance.actions) ? guidance.actions : []
  const hiddenActions = [
    ...replacedActions(slot),
    ...actions.filter((action) => !actionHandler(action, wired, openForm)).map((a) => a.type),
  ]
  const banner = useStatusBanner({
    guidance: guidance ?? LOADING,
    item,
    now: source.now,
    onAction: (action) => actionHandler(action, wired, openForm)?.(),
    busy: submitting,
    hiddenActions,
  })
  const announcedReason = useReasonAnnouncement(guidance?.reason)

  if (!item || !guidance) {
    const loadError = api && !api.isLoading ? api.error : undefined
    return {
      status: loadError ? 'error' : 'loading',
      loadError,
      retryLoad: () => void api?.refetch(),
      rootProps: loadError
        ? { 'data-phase': 'error', 'data-tone': 'danger', role: 'alert' }
        : { 'data-phase': 'loading', 'aria-busy': true, role: 'status' },
    }
  }
  const problemText = actionError
    ? t('item.actionFailed')
    : refreshError
      ? t(STOPS_POLLING.has(refreshError.kind) ? 'item.refreshStopped' : 'item.refreshFailed')
      : ''
  const openFinance = item.connector?.isOpenFinance === true
  return {
    status: 'ready',
    item,
    guidance,
    banner,
    slot,
    // The one live region also carries the failure notice while there is no new headline.
    announcement: announcedReason
      ? reasonText({ t, i18n: translation.i18n }, announcedReason, { openFinance }).headline
      : problemText,
    problem: problemText
      ? { text: problemText, source: actionError ? 'action' : 'refresh' }
      : undefined,
    submitting,
    rootProps: {
      'data-phase': guidance.phase,
      'data-tone': guidance.tone,
      'data-reason': guidance.reason,
    },
  }
}
