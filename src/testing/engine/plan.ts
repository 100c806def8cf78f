import type {
  Connector,
  ConnectorCredential,
  ExecutionStatus,
  ItemError,
  ItemStatus,
  ProductKey,
  ProductType,
  ProductWarning,
  UserAction,
} from '../../core'

/** One in-progress step of an execution, lasting the item's `stepMs`. */
export interface Step {
  executionStatus: ExecutionStatus
  /** Defaults to `UPDATING`. */
  status?: ItemStatus
}

export type WarningsByProduct = Partial<Record<ProductKey, ProductWarning[]>>

/** How an execution ends. */
export type Outcome =
  | {
      kind: 'success'
      /** Warnings on products that were collected (`isUpdated: true`). */
      warnings?: WarningsByProduct
      /** Fill `statusDetail` even without warnings (Pluggy's docs show `null`). */
      detailed?: boolean
    }
  | { kind: 'partial'; failed: ProductKey[]; warnings?: WarningsByProduct }
  | {
      kind: 'error'
      status: ItemStatus
      /** Defaults to `error.code`. */
      executionStatus?: ExecutionStatus
      error: ItemError
      /** Counts towards `consecutiveFailedLoginAttempts`. */
      failedLogin?: boolean
    }
  | {
      /** Anything at all: values farol does not know. */
      kind: 'custom'
      status: ItemStatus
      executionStatus: ExecutionStatus
      error: ItemError | null
      warnings?: WarningsByProduct
    }

/** The execution stops until the user types something (`POST /items/:id/mfa`). */
export interface InputWait {
  kind: 'input'
  parameter: Omit<ConnectorCredential, 'expiresAt'>
  timeoutMs?: number
  onAnswer(answer: string, ctx: ScenarioContext): RunPlan
  /** Defaults to OUTDATED / USER_INPUT_TIMEOUT. */
  onTimeout?: Outcome
}

/** The institution waits for the user to approve this device (`approveDevice`). */
export interface DeviceWait {
  kind: 'device'
  /** Defaults to `OUTDATED`. */
  status?: ItemStatus
  error: ItemError
  onApprove(ctx: ScenarioContext): RunPlan
}

/** The execution waits for an action on the user's device (`completeUserAction`). */
export interface ActionWait {
  kind: 'action'
  userAction: Omit<UserAction, 'expiresAt'>
  timeoutMs?: number
  onComplete(ctx: ScenarioContext): RunPlan
  onTimeout?: Outcome
}

export type Wait = InputWait | DeviceWait | ActionWait

/** One execution: steps, then an outcome or a wait for the user. */
export interface RunPlan {
  steps: Step[]
  end: Outcome | Wait
}

/** What a scenario sees when it plans an execution. */
export interface ScenarioContext {
  connector: Connector
  /** Requested products, in collection order. */
  products: ProductKey[]
  /** The stored credentials (never rendered). */
  credentials: Readonly<Record<string, string>>
  /** This execution was started by a PATCH that carried `parameters` (the user re-entered them). */
  credentialsSubmitted: boolean
  /** 0 for the creation, +1 per PATCH. */
  runIndex: number
  deviceApproved: boolean
  now: number
}

/** Item fields a scenario sets once, at creation. */
export interface ItemSetup {
  /** Pretend the item was created this long ago. */
  createdAgoMs?: number
  /** Pretend every product was last collected this long ago (before this execution). */
  lastSyncAgoMs?: number
  consecutiveFailedLoginAttempts?: number
  /** Absolute offset from now; `null` clears it. */
  consentExpiresInMs?: number | null
  autoSyncDisabled?: boolean
  clientUserId?: string | null
}

/** A named, reproducible situation of a Pluggy item. */
export interface SandboxScenario {
  name: string
  /** One line, for docs and pickers. */
  description: string
  /** The connector `createItem(scenario)` uses. Defaults to 0 (Pluggy Bank). */
  connectorId?: number
  /** The products `createItem(scenario)` requests. Defaults to the connector's. */
  products?: ProductType[]
  setup?: (ctx: ScenarioContext) => ItemSetup
  /** Plans one execution: at creation and again at every PATCH. */
  run: (ctx: ScenarioContext) => RunPlan
  /** Where the first execution settles without user help (checked by the tests). */
  settles: { status: ItemStatus; executionStatus: ExecutionStatus }
}
