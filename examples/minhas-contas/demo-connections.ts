// The bank connections of the demo page: which sandbox scenario each one follows.
// Shared by the launcher (node), the end-to-end test and the page (types only).
import type { CreateItemOptions, Sandbox } from '../../src/testing'

/** The host's own name for each connection (its labels live in `src/messages.ts`). */
export type DemoConnectionKey =
  'checking' | 'investments' | 'digital' | 'salary' | 'savings' | 'joint'

export interface DemoConnection {
  key: DemoConnectionKey
  /** A `SANDBOX_SCENARIOS` name. */
  scenario: string
  options?: CreateItemOptions
  /** Its steps last `slowStepMs`, so it is seen syncing. */
  slow?: boolean
}

/**
 * One connection per state a user meets, those that need the user first: a login
 * error (the right credentials then lead to an MFA prompt), a device to authorize,
 * a partial success with a warning from Pluggy's errors page; then a ready one, a
 * sync in progress, and a bank that is unstable for now (its next update works).
 */
export const DEMO_CONNECTIONS: readonly DemoConnection[] = [
  {
    key: 'digital',
    // Pluggy Bank MFA with wrong stored credentials: LOGIN_ERROR / INVALID_CREDENTIALS;
    // user-ok / password-ok then ask for the token 123456.
    scenario: 'mfa-number',
    options: { credentials: { user: 'antigo', password: 'senha-antiga' } },
  },
  { key: 'salary', scenario: 'device-authorization', options: { connectorId: 102 } },
  { key: 'investments', scenario: 'warning-xp-treasury-permission' },
  { key: 'checking', scenario: 'success', options: { connectorId: 101 } },
  { key: 'savings', scenario: 'open-finance', slow: true },
  { key: 'joint', scenario: 'outdated-recovers' },
]

/**
 * A quieter page: five connections in order and one that asks for its MFA code
 * (the right credentials are stored), so answering it leaves everything up to date.
 */
export const ONE_MFA_CONNECTIONS: readonly DemoConnection[] = [
  { key: 'checking', scenario: 'success', options: { connectorId: 101 } },
  { key: 'salary', scenario: 'success', options: { connectorId: 102 } },
  { key: 'investments', scenario: 'success' },
  { key: 'savings', scenario: 'success' },
  { key: 'joint', scenario: 'success' },
  { key: 'digital', scenario: 'mfa-number' },
]

/** Which set of connections the demo starts with. */
export const DEMO_PROFILES = {
  /** One connection per state a user meets (the default). */
  tour: DEMO_CONNECTIONS,
  'one-mfa': ONE_MFA_CONNECTIONS,
} as const satisfies Record<string, readonly DemoConnection[]>

export type DemoProfile = keyof typeof DEMO_PROFILES

/** What the page needs: its backend (no key: the backend holds it) and its items. */
export interface DemoConfig {
  /** The demo backend (farol/server) on the page's own origin, e.g. `/api/farol`. */
  apiUrl: string
  /** Its Server-Sent Events stream of the user's item updates. */
  eventsUrl: string
  connections: Array<{ key: DemoConnectionKey; itemId: string }>
}

export interface CreateDemoItemsOptions {
  /** Length of each sync step. Default: the sandbox's (400 ms). */
  stepMs?: number
  /** Length of each step of the connection that stays syncing. Default 30 s. */
  slowStepMs?: number
  /** The owner of the items (Pluggy's `clientUserId`). */
  clientUserId?: string
  /** Default `tour`. */
  profile?: DemoProfile
}

/** Creates one sandbox item per demo connection. */
export function createDemoItems(
  sandbox: Sandbox,
  { stepMs, slowStepMs = 30_000, clientUserId, profile = 'tour' }: CreateDemoItemsOptions = {},
): DemoConfig['connections'] {
  return DEMO_PROFILES[profile].map(({ key, scenario, options, slow }) => {
    const step = slow ? slowStepMs : stepMs
    const item = sandbox.createItem(scenario, {
      ...options,
      ...(step === undefined ? {} : { stepMs: step }),
      ...(clientUserId === undefined ? {} : { clientUserId }),
    })
    return { key, itemId: item.id }
  })
}
