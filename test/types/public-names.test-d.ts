// The public names of each entry point, pinned: adding, removing or renaming an export
// fails here, so a change to the API is a deliberate diff (TanStack Query's publicTypeExports).
import { describe, expectTypeOf, it } from 'vitest'
import type * as Farol from '../../src'
import type * as Core from '../../src/core'
import type * as Testing from '../../src/testing'
import type * as TestingServer from '../../src/testing/server'

describe('farol', () => {
  it('exports exactly these values (91)', () => {
    expectTypeOf<keyof typeof Farol>().toEqualTypeOf<
      | 'AUTO_SYNC_MAX_RETRIES'
      | 'AUTO_SYNC_RETRY_INTERVAL_MS'
      | 'ApiProblemError'
      | 'CONNECTOR_HEALTH_STATUSES'
      | 'CONNECTOR_STALE_TIME_MS'
      | 'CONNECTOR_TYPES'
      | 'CREDENTIAL_TYPES'
      | 'ConnectionList'
      | 'ConnectionRow'
      | 'ConnectionsSummary'
      | 'ConnectItem'
      | 'ConnectorPicker'
      | 'CredentialPrompt'
      | 'DEFAULT_BASE_URL'
      | 'DEFAULT_RETRY_AFTER_MS'
      | 'DEFAULT_TIMEOUT_MS'
      | 'DeviceAuthorizationNotice'
      | 'EXECUTION_ERROR_CODES'
      | 'EXECUTION_STATUSES'
      | 'FAROL_DEFAULT_LOCALE'
      | 'FAROL_LOCALES'
      | 'FAROL_NAMESPACE'
      | 'FORM_ERROR_KEY'
      | 'FarolI18nProvider'
      | 'FarolProvider'
      | 'GUIDANCE_REASONS'
      | 'IN_PROGRESS_EXECUTION_STATUSES'
      | 'ITEM_STALE_TIME_MS'
      | 'ITEM_STATUSES'
      | 'ItemConnectionStatus'
      | 'ItemParseError'
      | 'KNOWN_WARNINGS'
      | 'MAX_PATTERN_INPUT_LENGTH'
      | 'POLL_INTERVALS'
      | 'PRODUCT_KEYS'
      | 'PRODUCT_TYPES'
      | 'ProductWarningList'
      | 'SYNC_STEPS'
      | 'StatusBanner'
      | 'URGENCY_GROUPS'
      | 'UserActionNotice'
      | 'accentFromPrimaryColor'
      | 'connectorQueryOptions'
      | 'createEventSourceEvents'
      | 'createFarolI18n'
      | 'createFormatters'
      | 'createPluggyClient'
      | 'credentialAutocomplete'
      | 'credentialInputKind'
      | 'deadlineOf'
      | 'describeItem'
      | 'deviceNicknameOf'
      | 'farolKeys'
      | 'farolLocaleFor'
      | 'getApiProblem'
      | 'isApiProblem'
      | 'itemQueryOptions'
      | 'loadFarolLocale'
      | 'matchKnownWarning'
      | 'needsUserAction'
      | 'nextGuidanceChange'
      | 'nextPollDelay'
      | 'orderByUrgency'
      | 'parseApiError'
      | 'parseItem'
      | 'productKeyOf'
      | 'summarizeConnections'
      | 'summaryMessage'
      | 'urgencyOf'
      | 'urgencyRank'
      | 'useConnectItem'
      | 'useConnectionList'
      | 'useConnectorPicker'
      | 'useConnectionRow'
      | 'useConnectionsOverview'
      | 'useConnectionsSummary'
      | 'useConnector'
      | 'useConnectors'
      | 'useCountdown'
      | 'useCreateItem'
      | 'useCredentialForm'
      | 'useFarol'
      | 'useFarolTranslation'
      | 'useItem'
      | 'useItemConnectionStatus'
      | 'useItemGuidance'
      | 'useItems'
      | 'useStatusBanner'
      | 'useSubmitMfa'
      | 'useUpdateItem'
      | 'validateCredentials'
    >()
  })

  it('exports these types (137)', () => {
    expectTypeOf<
      [
        Farol.AlertLevel,
        Farol.ApiProblem,
        Farol.ApiProblemKind,
        Farol.AutoSyncInfo,
        Farol.ConnectionDeadline,
        Farol.ConnectionEntry,
        Farol.ConnectItemConsent,
        Farol.ConnectItemEvent,
        Farol.ConnectItemEventType,
        Farol.ConnectItemProps,
        Farol.ConnectItemState,
        Farol.ConnectItemStep,
        Farol.ConnectorPickerProps,
        Farol.ConnectorPickerResult,
        Farol.ConnectorPickerState,
        Farol.CreateProblem,
        Farol.OptionHandlers,
        Farol.PickerOption,
        Farol.UseConnectItemProps,
        Farol.UseConnectorPickerProps,
        Farol.ConnectionListHandlers,
        Farol.ConnectionListProps,
        Farol.ConnectionListResult,
        Farol.ConnectionListState,
        Farol.ConnectionRowProps,
        Farol.ConnectionRowState,
        Farol.ConnectionsOrder,
        Farol.ConnectionsOverview,
        Farol.ConnectionsSummaryProps,
        Farol.ConnectionsSummaryState,
        Farol.Connector,
        Farol.ConnectorCredential,
        Farol.ConnectorFilters,
        Farol.ConnectorHealth,
        Farol.ConnectorHealthStatus,
        Farol.ConnectorListQueryKey,
        Farol.ConnectorQueryKey,
        Farol.ConnectorQueryOptions,
        Farol.ConnectorType,
        Farol.Countdown,
        Farol.CreateFarolI18nOptions,
        Farol.CreateItemOptions,
        Farol.CredentialAutocomplete,
        Farol.CredentialFieldProps,
        Farol.CredentialFormField,
        Farol.CredentialFormState,
        Farol.CredentialInputKind,
        Farol.CredentialIssue,
        Farol.CredentialIssueCode,
        Farol.CredentialPromptMode,
        Farol.CredentialPromptProps,
        Farol.CredentialSelectOption,
        Farol.CredentialType,
        Farol.CredentialValidation,
        Farol.CredentialValues,
        Farol.DateLike,
        Farol.DeadlineKind,
        Farol.DescribeItemOptions,
        Farol.DeviceAuthorizationNoticeProps,
        Farol.EventSourceEventsOptions,
        Farol.ExecutionStatus,
        Farol.FarolContextValue,
        Farol.FarolEvents,
        Farol.FarolFormatters,
        Farol.FarolI18nProviderProps,
        Farol.FarolItemEvent,
        Farol.FarolKey,
        Farol.FarolLocale,
        Farol.FarolProviderProps,
        Farol.FarolResourceOverrides,
        Farol.FarolResources,
        Farol.FarolTheme,
        Farol.FarolTranslate,
        Farol.FarolTranslation,
        Farol.GuidanceNotice,
        Farol.GuidanceOptions,
        Farol.GuidanceReason,
        Farol.GuidanceWarning,
        Farol.GuidedAction,
        Farol.GuidedActionType,
        Farol.HeadersLike,
        Farol.Item,
        Farol.ItemConnectionHandlers,
        Farol.ItemConnectionSlot,
        Farol.ItemConnectionSource,
        Farol.ItemConnectionStatusProps,
        Farol.ItemConnectionStatusState,
        Farol.ItemError,
        Farol.ItemErrorCode,
        Farol.ItemGuidance,
        Farol.ItemQueryKey,
        Farol.ItemQueryOptions,
        Farol.ItemStatus,
        Farol.KnownWarning,
        Farol.Phase,
        Farol.PluggyClient,
        Farol.PluggyClientOptions,
        Farol.PollContext,
        Farol.ProductKey,
        Farol.ProductState,
        Farol.ProductType,
        Farol.ProductWarning,
        Farol.ProductWarningListProps,
        Farol.RequestOptions,
        Farol.RowBinding,
        Farol.RowTime,
        Farol.StatusBannerButton,
        Farol.StatusBannerProps,
        Farol.StatusBannerState,
        Farol.StatusDetail,
        Farol.SummaryMessage,
        Farol.SummaryState,
        Farol.SyncStep,
        Farol.ThemeName,
        Farol.Tone,
        Farol.UpdateItemInput,
        Farol.UpdateRejectionReason,
        Farol.UrgencyGroup,
        Farol.UseConnectionListProps,
        Farol.UseConnectionRowProps,
        Farol.UseConnectionsSummaryProps,
        Farol.UseConnectorResult,
        Farol.UseConnectorsOptions,
        Farol.UseConnectorsResult,
        Farol.UseCreateItemResult,
        Farol.UseCredentialFormProps,
        Farol.UseItemGuidanceResult,
        Farol.UseItemOptions,
        Farol.UseItemResult,
        Farol.UseItemsEntry,
        Farol.UseItemsOptions,
        Farol.UseItemsResult,
        Farol.UseSubmitMfaResult,
        Farol.UseUpdateItemResult,
        Farol.UserAction,
        Farol.UserActionNoticeProps,
      ]
    >().not.toBeAny()
  })
})

describe('farol/core', () => {
  it('exports exactly these values (40)', () => {
    expectTypeOf<keyof typeof Core>().toEqualTypeOf<
      | 'AUTO_SYNC_MAX_RETRIES'
      | 'AUTO_SYNC_RETRY_INTERVAL_MS'
      | 'ApiProblemError'
      | 'CONNECTOR_HEALTH_STATUSES'
      | 'CONNECTOR_TYPES'
      | 'CREDENTIAL_TYPES'
      | 'DEFAULT_RETRY_AFTER_MS'
      | 'EXECUTION_ERROR_CODES'
      | 'EXECUTION_STATUSES'
      | 'FORM_ERROR_KEY'
      | 'GUIDANCE_REASONS'
      | 'IN_PROGRESS_EXECUTION_STATUSES'
      | 'ITEM_STATUSES'
      | 'ItemParseError'
      | 'KNOWN_WARNINGS'
      | 'MAX_PATTERN_INPUT_LENGTH'
      | 'POLL_INTERVALS'
      | 'PRODUCT_KEYS'
      | 'PRODUCT_TYPES'
      | 'SYNC_STEPS'
      | 'URGENCY_GROUPS'
      | 'credentialAutocomplete'
      | 'credentialInputKind'
      | 'deadlineOf'
      | 'describeItem'
      | 'deviceNicknameOf'
      | 'getApiProblem'
      | 'isApiProblem'
      | 'matchKnownWarning'
      | 'needsUserAction'
      | 'nextGuidanceChange'
      | 'nextPollDelay'
      | 'orderByUrgency'
      | 'parseApiError'
      | 'parseItem'
      | 'productKeyOf'
      | 'summarizeConnections'
      | 'urgencyOf'
      | 'urgencyRank'
      | 'validateCredentials'
    >()
  })

  it('exports these types (49)', () => {
    expectTypeOf<
      [
        Core.AlertLevel,
        Core.ApiProblem,
        Core.ApiProblemKind,
        Core.AutoSyncInfo,
        Core.ConnectionDeadline,
        Core.ConnectionEntry,
        Core.ConnectionsOverview,
        Core.Connector,
        Core.ConnectorCredential,
        Core.ConnectorFilters,
        Core.ConnectorHealth,
        Core.ConnectorHealthStatus,
        Core.ConnectorType,
        Core.CreateItemOptions,
        Core.CredentialAutocomplete,
        Core.CredentialInputKind,
        Core.CredentialIssue,
        Core.CredentialIssueCode,
        Core.CredentialSelectOption,
        Core.CredentialType,
        Core.CredentialValidation,
        Core.DateLike,
        Core.DeadlineKind,
        Core.DescribeItemOptions,
        Core.ExecutionStatus,
        Core.GuidanceNotice,
        Core.GuidanceReason,
        Core.GuidanceWarning,
        Core.GuidedAction,
        Core.GuidedActionType,
        Core.HeadersLike,
        Core.Item,
        Core.ItemError,
        Core.ItemErrorCode,
        Core.ItemGuidance,
        Core.ItemStatus,
        Core.KnownWarning,
        Core.Phase,
        Core.PollContext,
        Core.ProductKey,
        Core.ProductState,
        Core.ProductType,
        Core.ProductWarning,
        Core.StatusDetail,
        Core.SyncStep,
        Core.Tone,
        Core.UpdateRejectionReason,
        Core.UrgencyGroup,
        Core.UserAction,
      ]
    >().not.toBeAny()
  })
})

describe('farol/testing', () => {
  it('exports exactly these values (22)', () => {
    expectTypeOf<keyof typeof Testing>().toEqualTypeOf<
      | 'DEFAULT_RATE_LIMITS'
      | 'ITEM_WEBHOOK_EVENTS'
      | 'DEFAULT_SETTINGS'
      | 'KNOWN_WARNING_ROWS'
      | 'MANUAL_CLOCK_START'
      | 'OFFLINE_BANK_ID'
      | 'OPEN_FINANCE_BANK_ID'
      | 'PLUGGY_BANK_ID'
      | 'PLUGGY_BANK_MFA_ID'
      | 'SANDBOX_API_KEY'
      | 'SANDBOX_CONNECTORS'
      | 'SANDBOX_CREDENTIALS'
      | 'SANDBOX_MFA_TOKEN'
      | 'SANDBOX_QR_PNG'
      | 'SANDBOX_SCENARIOS'
      | 'SandboxError'
      | 'UNSTABLE_BANK_ID'
      | 'VALIDATION_BANK_ID'
      | 'createManualClock'
      | 'createSandbox'
      | 'createSandboxHandlers'
      | 'realClock'
    >()
  })

  it('exports these types (26)', () => {
    expectTypeOf<
      [
        Testing.ApiErrorBody,
        Testing.Clock,
        Testing.CreateItemOptions,
        Testing.FaultOptions,
        Testing.ItemSetup,
        Testing.ItemWebhookEvent,
        Testing.ItemWebhookPayload,
        Testing.ManualClock,
        Testing.Outcome,
        Testing.RequestLogEntry,
        Testing.RunPlan,
        Testing.Sandbox,
        Testing.SandboxConnector,
        Testing.SandboxHandlersOptions,
        Testing.SandboxOptions,
        Testing.SandboxRequest,
        Testing.SandboxResponse,
        Testing.SandboxScenario,
        Testing.SandboxSettings,
        Testing.ScenarioContext,
        Testing.ScenarioInfo,
        Testing.Step,
        Testing.ValidationIssue,
        Testing.Wait,
        Testing.WebhookDelivery,
        Testing.WebhookRegistration,
      ]
    >().not.toBeAny()
  })
})

describe('farol/testing/server', () => {
  it('exports exactly these values (6)', () => {
    expectTypeOf<keyof typeof TestingServer>().toEqualTypeOf<
      | 'CONTROL_PREFIX'
      | 'LOCALHOST_ORIGIN'
      | 'handleControlRequest'
      | 'isControlPath'
      | 'serializeBody'
      | 'startSandboxServer'
    >()
  })

  it('exports these types (5)', () => {
    expectTypeOf<
      [
        TestingServer.CorsOrigins,
        TestingServer.SandboxServer,
        TestingServer.SandboxServerOptions,
        TestingServer.WebhookAttempt,
        TestingServer.WebhookDispatchOptions,
      ]
    >().not.toBeAny()
  })
})
