import type { ProductKey, ProductWarning } from '../../core'
import type { SandboxScenario } from '../engine/plan'
import { fullSync, scenario } from './build'

/**
 * The product rows of the "Troubleshooting warnings" table on Pluggy's errors page,
 * transcribed here (not imported from core) so the sandbox is an independent oracle.
 * `isUpdated` is true where the text says the data still arrived.
 */
interface WarningRow {
  id: string
  connectorId: number
  product: ProductKey
  message: string
  providerMessage?: string
  isUpdated?: boolean
}

const MASTER_USER = 'Solicite ao usuário máster para ter acesso a esse serviço.'
const TREASURY_XP =
  'A Conta não está habilitada para operar no Tesouro Direto pois já existe outra conta XP Inc atrelada ao CPF do cliente. Caso queira trocar a conta habilitada, entre em contato com seu assessor.'

const ITAU_PF = 101
const CLEAR = 103
const ORAMA = 104
const BB_PJ = 105
const BRADESCO_PJ = 106
const CAIXA_PJ = 107
const ITAU_PJ = 108
const SANTANDER_PJ = 109
const XP = 110
const SICOOB_PJ = 111

export const KNOWN_WARNING_ROWS: readonly WarningRow[] = [
  {
    id: 'itau-pf-verify-registration',
    connectorId: ITAU_PF,
    product: 'investmentTransactions',
    message: 'User needs to verify cadastro',
  },
  {
    id: 'itau-pf-treasury-closed',
    connectorId: ITAU_PF,
    product: 'investmentTransactions',
    message: 'Treasury market is closed at this time',
  },
  {
    id: 'clear-treasury-permission',
    connectorId: CLEAR,
    product: 'investments',
    message: 'User does not have permissions to access Treasury assets',
    providerMessage: TREASURY_XP,
  },
  {
    id: 'orama-treasury-rates',
    connectorId: ORAMA,
    product: 'investments',
    message: 'Could not retrieve Tesouro Directo rates',
  },
  {
    id: 'bb-pj-account-permission',
    connectorId: BB_PJ,
    product: 'accounts',
    message: 'User does not have permissions to access this account',
  },
  {
    id: 'bb-pj-credit-card-permission',
    connectorId: BB_PJ,
    product: 'creditCards',
    message: "User does not have permissions to access credit card's transactions",
  },
  {
    id: 'bb-pj-funds-permission',
    connectorId: BB_PJ,
    product: 'investments',
    message: 'User without permissions to get mutual funds / fixed incomes',
  },
  {
    id: 'bb-pj-fixed-income-hours',
    connectorId: BB_PJ,
    product: 'investments',
    message: 'Hour not allowed to get fixed incomes',
  },
  {
    id: 'bradesco-pj-accounts-access',
    connectorId: BRADESCO_PJ,
    product: 'accounts',
    message: 'User does not have access to accounts information',
    providerMessage: MASTER_USER,
  },
  {
    id: 'bradesco-pj-credit-cards-access',
    connectorId: BRADESCO_PJ,
    product: 'creditCards',
    message: 'User does not have access to credit card information',
    providerMessage: 'Solicite ao usuário máster para ter acesso a esse serviço',
  },
  {
    id: 'bradesco-pj-payment-data-permission',
    connectorId: BRADESCO_PJ,
    product: 'paymentData',
    message: "User doesn't have permissions to obtain TED / PIX / TEF payments",
  },
  {
    id: 'bradesco-pj-investments-access',
    connectorId: BRADESCO_PJ,
    product: 'investments',
    message: 'User does not have access to mutual funds / fixed income investments information',
    providerMessage: MASTER_USER,
  },
  {
    id: 'bradesco-pj-investment-transactions-access',
    connectorId: BRADESCO_PJ,
    product: 'investmentTransactions',
    message: 'User does not have access to investments transactions information',
    providerMessage: MASTER_USER,
  },
  {
    id: 'bradesco-pj-investment-transactions-permission',
    connectorId: BRADESCO_PJ,
    product: 'investmentTransactions',
    message: "User doesn't have permissions to view fixed income / mutual funds transactions",
  },
  {
    id: 'bradesco-pj-transactions-disabled',
    connectorId: BRADESCO_PJ,
    product: 'transactions',
    message: 'Transactions are not enabled for this account',
    providerMessage: 'Solicite ao usuário máster para ter acceso a esse serviço.',
  },
  {
    id: 'caixa-pj-account-blocked',
    connectorId: CAIXA_PJ,
    product: 'transactions',
    message: 'Situação impeditiva para movimentar sua conta. Procure sua agência para regularizar.',
  },
  {
    id: 'itau-pj-credit-card-resumes',
    connectorId: ITAU_PJ,
    product: 'creditCards',
    message: 'User dont have access to credit cards resumes',
  },
  {
    id: 'itau-pj-pix-qr-permission',
    connectorId: ITAU_PJ,
    product: 'paymentData',
    message: "User doesn't have permission to obtain received PIX QR code payment data",
    providerMessage: 'Consulte seu gerente ou Central de Atendimento para liberar permissões',
  },
  {
    id: 'itau-pj-pix-permission',
    connectorId: ITAU_PJ,
    product: 'paymentData',
    message: 'Client does not have permissions to see PIX payment data',
    providerMessage: 'Cliente não tem permissão para acesso a PIX',
  },
  {
    id: 'itau-pj-investments-permission',
    connectorId: ITAU_PJ,
    product: 'investments',
    message: "001 - User doesn't have permissions to view investments",
  },
  {
    id: 'santander-pj-extrato-365-accounts',
    connectorId: SANTANDER_PJ,
    product: 'accounts',
    message:
      "002 - User doesn't have access to 'Extrato 365 dias', we got information from 'Saldo e Extrato'.",
    isUpdated: true,
  },
  {
    id: 'santander-pj-operator-accounts',
    connectorId: SANTANDER_PJ,
    product: 'accounts',
    message: "001 - Operator doesn't have access to Accounts",
  },
  {
    id: 'santander-pj-credit-cards-permission',
    connectorId: SANTANDER_PJ,
    product: 'creditCards',
    message: "001 - User doesn't have permissions, cannot recover credit cards",
  },
  {
    id: 'santander-pj-extrato-365-transactions',
    connectorId: SANTANDER_PJ,
    product: 'transactions',
    message:
      "003 - User doesn't have access to 'Extrato 365 dias' or it's offline, we got information from 'Saldo e Extrato'. Information here is limited to 90 days and 400 txs.",
    isUpdated: true,
  },
  {
    id: 'xp-treasury-permission',
    connectorId: XP,
    product: 'investments',
    message: '001 - User does not have permissions to access Treasury assets',
    providerMessage: TREASURY_XP,
  },
  {
    id: 'sicoob-pj-accounts-permission',
    connectorId: SICOOB_PJ,
    product: 'accounts',
    message: '001 - User does not have permissions to get accounts',
    providerMessage:
      'Usuário não tem permissão para executar a transação - Consultas - Saldo de conta corrente',
  },
]

function warningOf(row: WarningRow): ProductWarning {
  const code = /^(\d{3}) - /.exec(row.message)?.[1] ?? '001'
  return {
    code,
    message: row.message,
    ...(row.providerMessage === undefined ? {} : { providerMessage: row.providerMessage }),
  }
}

function knownWarningScenario(row: WarningRow): SandboxScenario {
  const warnings = { [row.product]: [warningOf(row)] }
  return scenario({
    name: `warning-${row.id}`,
    description: `Known warning (errors page): ${row.message.slice(0, 70)}${row.message.length > 70 ? '…' : ''}`,
    connectorId: row.connectorId,
    run: (ctx) =>
      fullSync(
        ctx,
        row.isUpdated
          ? { kind: 'success', warnings }
          : { kind: 'partial', failed: [row.product], warnings },
      ),
    settles: { status: 'UPDATED', executionStatus: row.isUpdated ? 'SUCCESS' : 'PARTIAL_SUCCESS' },
  })
}

export const KNOWN_WARNING_SCENARIOS = KNOWN_WARNING_ROWS.map(knownWarningScenario)
