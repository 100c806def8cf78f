import { OFFLINE_BANK_ID, OPEN_FINANCE_BANK_ID, UNSTABLE_BANK_ID } from '../connectors'
import { LOGIN_STEPS, failsWhileCollecting, fullSync, outdated, scenario } from './build'
import { SITE_NOT_AVAILABLE } from './outdated'

const DAY_MS = 86_400_000

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
