import type { ConnectorCredential, ItemError } from '../../core'
import { OFFLINE_BANK_ID, OPEN_FINANCE_BANK_ID, UNSTABLE_BANK_ID } from '../connectors'
import {
  LOGIN_STEPS,
  failsWhileCollecting,
  fullSync,
  loginError,
  outdated,
  resumeSync,
  scenario,
} from './build'
import { SITE_NOT_AVAILABLE } from './outdated'

const DAY_MS = 86_400_000

/** What the sandbox bank page answers to the consent wait. */
export const CONSENT_APPROVED = 'approved'
export const CONSENT_REFUSED_ANSWER = 'refused'

/**
 * Pluggy's Open Finance prompt: `type: 'oauth'` with the bank's URL in `data`
 * (filled in when the item is rendered: it names the item and the server).
 */
export const CONSENT_PARAMETER: Omit<ConnectorCredential, 'expiresAt'> = {
  name: 'oauth_code',
  label: 'Autorize o compartilhamento no site do banco',
  type: 'oauth',
  mfa: true,
  instructions: 'Abra o site do banco, confira os dados e autorize o compartilhamento.',
}

const CONSENT_REFUSED: ItemError = {
  code: 'USER_AUTHORIZATION_NOT_GRANTED',
  message: 'The user did not grant the consent at the institution.',
}

/** Items whose status is fine but whose surroundings (consent, connector, auto-sync) are not. */
export const CONDITION_SCENARIOS = [
  scenario({
    name: 'open-finance',
    description: 'Open Finance connection that syncs; consent valid for a year.',
    connectorId: OPEN_FINANCE_BANK_ID,
    run: (ctx) => fullSync(ctx),
    settles: { status: 'UPDATED', executionStatus: 'SUCCESS' },
  }),
  scenario({
    name: 'open-finance-consent',
    description:
      'Open Finance creation: waits for the consent at the bank (parameter oauth, data = the bank page); approving syncs, refusing ends USER_AUTHORIZATION_NOT_GRANTED, never finishing ends USER_INPUT_TIMEOUT.',
    connectorId: OPEN_FINANCE_BANK_ID,
    run: () => ({
      steps: LOGIN_STEPS,
      end: {
        kind: 'input',
        parameter: CONSENT_PARAMETER,
        onAnswer: (answer, ctx) =>
          answer === CONSENT_APPROVED
            ? resumeSync(ctx, { executionStatus: 'LOGIN_IN_PROGRESS' })
            : { steps: [], end: loginError(CONSENT_REFUSED) },
      },
    }),
    settles: { status: 'WAITING_USER_INPUT', executionStatus: 'WAITING_USER_INPUT' },
  }),
  scenario({
    name: 'consent-expiring',
    description: 'Open Finance item whose consentExpiresAt is 3 days away.',
    connectorId: OPEN_FINANCE_BANK_ID,
    setup: () => ({ createdAgoMs: 362 * DAY_MS, consentExpiresInMs: 3 * DAY_MS }),
    run: (ctx) => fullSync(ctx),
    settles: { status: 'UPDATED', executionStatus: 'SUCCESS' },
  }),
  scenario({
    name: 'connector-unstable',
    description: 'The connector health is UNSTABLE; this sync still works.',
    connectorId: UNSTABLE_BANK_ID,
    run: (ctx) => fullSync(ctx),
    settles: { status: 'UPDATED', executionStatus: 'SUCCESS' },
  }),
  scenario({
    name: 'connector-offline',
    description:
      'The connector health is OFFLINE: the item is OUTDATED and the API refuses PATCH with 400.',
    connectorId: OFFLINE_BANK_ID,
    setup: () => ({ createdAgoMs: 10 * DAY_MS, lastSyncAgoMs: 2 * DAY_MS }),
    run: (ctx) => failsWhileCollecting(ctx, outdated(SITE_NOT_AVAILABLE)),
    settles: { status: 'OUTDATED', executionStatus: 'SITE_NOT_AVAILABLE' },
  }),
  scenario({
    name: 'auto-sync-scheduled',
    description: 'UPDATED with nextAutoSyncAt 24 hours after the sync.',
    run: (ctx) => fullSync(ctx),
    settles: { status: 'UPDATED', executionStatus: 'SUCCESS' },
  }),
  scenario({
    name: 'auto-sync-disabled',
    description: 'UPDATED with autoSyncDisabledAt set and no nextAutoSyncAt.',
    setup: () => ({ autoSyncDisabled: true }),
    run: (ctx) => fullSync(ctx),
    settles: { status: 'UPDATED', executionStatus: 'SUCCESS' },
  }),
  scenario({
    name: 'unknown-values',
    description:
      'Values farol does not know: status HIBERNATING, an unknown step, error code and warning code.',
    run: () => ({
      steps: [...LOGIN_STEPS, { executionStatus: 'HIBERNATION_IN_PROGRESS' }],
      end: {
        kind: 'custom',
        status: 'HIBERNATING',
        executionStatus: 'HIBERNATED',
        error: {
          code: 'ACCOUNT_HIBERNATED',
          message: 'The account is hibernating.',
          providerMessage: 'Conta em hibernação. Procure sua agência.',
        },
        warnings: {
          accounts: [{ code: '999', message: 'A warning code nobody has documented yet' }],
        },
      },
    }),
    settles: { status: 'HIBERNATING', executionStatus: 'HIBERNATED' },
  }),
]
