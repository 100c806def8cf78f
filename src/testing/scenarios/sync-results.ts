import { OPEN_FINANCE_BANK_ID } from '../connectors'
import { fullSync, scenario, syncWithLogin } from './build'

const DAY_MS = 86_400_000

/** Successful and partly successful executions. */
export const SYNC_RESULT_SCENARIOS = [
  scenario({
    name: 'pluggy-bank',
    description:
      'Pluggy Bank as the real sandbox behaves: user-ok / password-ok sync, anything else is INVALID_CREDENTIALS.',
    run: (ctx) => syncWithLogin(ctx),
    settles: { status: 'UPDATED', executionStatus: 'SUCCESS' },
  }),
  scenario({
    name: 'success',
    description: 'Every product synced: UPDATED / SUCCESS with statusDetail null.',
    run: (ctx) => fullSync(ctx),
    settles: { status: 'UPDATED', executionStatus: 'SUCCESS' },
  }),
  scenario({
    name: 'success-with-warnings',
    description:
      'SUCCESS with a warning on a collected product (investments permission, from the errors page).',
    run: (ctx) =>
      fullSync(ctx, {
        kind: 'success',
        warnings: {
          investments: [
            {
              code: '001',
              message: 'User lacks permissions to view investments on this account',
              providerMessage: 'Seu perfil de usuário não está habilitado para esta transação.',
            },
          ],
        },
      }),
    settles: { status: 'UPDATED', executionStatus: 'SUCCESS' },
  }),
  scenario({
    name: 'partial-success',
    description:
      'The errors page example: accounts updated, transactions failed (a critical product), creditCards not requested.',
    products: ['ACCOUNTS', 'TRANSACTIONS'],
    setup: () => ({ createdAgoMs: 30 * DAY_MS, lastSyncAgoMs: 2 * DAY_MS }),
    run: (ctx) => fullSync(ctx, { kind: 'partial', failed: ['transactions'] }),
    settles: { status: 'UPDATED', executionStatus: 'PARTIAL_SUCCESS' },
  }),
  scenario({
    name: 'partial-non-critical',
    description: 'PARTIAL_SUCCESS where only investments (not critical) failed, with a warning.',
    setup: () => ({ createdAgoMs: 30 * DAY_MS, lastSyncAgoMs: DAY_MS }),
    run: (ctx) =>
      fullSync(ctx, {
        kind: 'partial',
        failed: ['investments'],
        warnings: {
          investments: [
            {
              code: '001',
              message: 'Investments could not be retrieved, the institution section is unavailable',
              providerMessage:
                'Serviço de investimentos indisponível no momento. Tente mais tarde.',
            },
          ],
        },
      }),
    settles: { status: 'UPDATED', executionStatus: 'PARTIAL_SUCCESS' },
  }),
  scenario({
    name: 'partial-open-finance-quota',
    description:
      'Open Finance PARTIAL_SUCCESS: monthly quota (warning 423) on accounts, permission warning on transactions.',
    connectorId: OPEN_FINANCE_BANK_ID,
    products: ['ACCOUNTS', 'TRANSACTIONS'],
    setup: () => ({ createdAgoMs: 50 * DAY_MS, lastSyncAgoMs: 19 * DAY_MS }),
    run: (ctx) =>
      fullSync(ctx, {
        kind: 'partial',
        failed: ['accounts'],
        warnings: {
          accounts: [
            {
              code: '423',
              message:
                "Open Finance monthly rate limit reached on product 'accounts' for this CPF/CNPJ and institution. The product could not be updated.",
            },
          ],
          transactions: [
            {
              code: '001',
              message: 'User lacks permission to view transactions.',
              providerMessage: 'Permissão não concedida',
            },
          ],
        },
      }),
    settles: { status: 'UPDATED', executionStatus: 'PARTIAL_SUCCESS' },
  }),
]
