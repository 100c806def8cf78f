import type { ProductKey } from '../model'

/**
 * One row of Pluggy's "Troubleshooting warnings" table for direct connectors.
 * `institution` is matched against the connector name (accents and case folded);
 * `segment` against the connector type (PJ = business). `product: 'login'` rows
 * match any product.
 */
export interface KnownWarning {
  id: string
  institution: string
  segment: 'PF' | 'PJ' | 'any'
  product: ProductKey | 'login'
  message: string
  providerMessage?: string
  /** Pluggy's action item, in English; translated by `id` in farol's i18n. */
  action?: string
}

export const KNOWN_WARNINGS: readonly KnownWarning[] = [
  {
    id: 'itau-pf-verify-registration',
    institution: 'itau',
    segment: 'PF',
    product: 'investmentTransactions',
    message: 'User needs to verify cadastro',
    action: 'User needs to access the corretora webpage and verify their registration',
  },
  {
    id: 'itau-pf-treasury-closed',
    institution: 'itau',
    segment: 'PF',
    product: 'investmentTransactions',
    message: 'Treasury market is closed at this time',
    action: 'User must retry at business hours.',
  },
  {
    id: 'bradesco-pf-captcha',
    institution: 'bradesco',
    segment: 'PF',
    product: 'login',
    message: 'O usuário deve acessar a conta manualmente para resolver o captcha.',
  },
  {
    id: 'clear-treasury-permissions',
    institution: 'clear',
    segment: 'any',
    product: 'investments',
    message: 'User does not have permissions to access Treasury assets',
    providerMessage:
      'A Conta não está habilitada para operar no Tesouro Direto pois já existe outra conta XP Inc atrelada ao CPF do cliente. Caso queira trocar a conta habilitada, entre em contato com seu assessor.',
    action: 'Contact broker to setup the account.',
  },
  {
    id: 'orama-treasury-rates',
    institution: 'orama',
    segment: 'any',
    product: 'investments',
    message: 'Could not retrieve Tesouro Directo rates',
  },
  {
    id: 'bb-pj-accounts-permissions',
    institution: 'banco do brasil',
    segment: 'PJ',
    product: 'accounts',
    message: 'User does not have permissions to access this account',
  },
  {
    id: 'bb-pj-credit-cards-permissions',
    institution: 'banco do brasil',
    segment: 'PJ',
    product: 'creditCards',
    message: "User does not have permissions to access credit card's transactions",
  },
  {
    id: 'bb-pj-investments-permissions',
    institution: 'banco do brasil',
    segment: 'PJ',
    product: 'investments',
    message: 'User without permissions to get mutual funds / fixed incomes',
  },
  {
    id: 'bb-pj-investments-hour',
    institution: 'banco do brasil',
    segment: 'PJ',
    product: 'investments',
    message: 'Hour not allowed to get fixed incomes',
  },
  {
    id: 'bradesco-pj-accounts-access',
    institution: 'bradesco',
    segment: 'PJ',
    product: 'accounts',
    message: 'User does not have access to accounts information',
    providerMessage: 'Solicite ao usuário máster para ter acesso a esse serviço.',
  },
  {
    id: 'bradesco-pj-credit-cards-access',
    institution: 'bradesco',
    segment: 'PJ',
    product: 'creditCards',
    message: 'User does not have access to credit card information',
    providerMessage: 'Solicite ao usuário máster para ter acesso a esse serviço',
  },
  {
    id: 'bradesco-pj-payment-data-permissions',
    institution: 'bradesco',
    segment: 'PJ',
    product: 'paymentData',
    message: "User doesn't have permissions to obtain TED / PIX / TEF payments",
  },
  {
    id: 'bradesco-pj-investments-access',
    institution: 'bradesco',
    segment: 'PJ',
    product: 'investments',
    message: 'User does not have access to mutual funds / fixed income investments information',
    providerMessage: 'Solicite ao usuário máster para ter acesso a esse serviço.',
  },
  {
    id: 'bradesco-pj-investment-transactions-access',
    institution: 'bradesco',
    segment: 'PJ',
    product: 'investmentTransactions',
    message: 'User does not have access to investments transactions information',
    providerMessage: 'Solicite ao usuário máster para ter acesso a esse serviço.',
  },
  {
    id: 'bradesco-pj-investment-transactions-permissions',
    institution: 'bradesco',
    segment: 'PJ',
    product: 'investmentTransactions',
    message: "User doesn't have permissions to view fixed income / mutual funds transactions",
  },
  {
    id: 'bradesco-pj-transactions-disabled',
    institution: 'bradesco',
    segment: 'PJ',
    product: 'transactions',
    message: 'Transactions are not enabled for this account',
    providerMessage: 'Solicite ao usuário máster para ter acceso a esse serviço.',
  },
  {
    id: 'caixa-pj-transactions-blocked',
    institution: 'caixa',
    segment: 'PJ',
    product: 'transactions',
    message: 'Situação impeditiva para movimentar sua conta. Procure sua agência para regularizar.',
  },
  {
    id: 'itau-pj-credit-cards-resumes',
    institution: 'itau',
    segment: 'PJ',
    product: 'creditCards',
    message: 'User dont have access to credit cards resumes',
  },
  {
    id: 'itau-pj-pix-qr-permissions',
    institution: 'itau',
    segment: 'PJ',
    product: 'paymentData',
    message: "User doesn't have permission to obtain received PIX QR code payment data",
    providerMessage: 'Consulte seu gerente ou Central de Atendimento para liberar permissões',
  },
  {
    id: 'itau-pj-pix-permissions',
    institution: 'itau',
    segment: 'PJ',
    product: 'paymentData',
    message: 'Client does not have permissions to see PIX payment data',
    providerMessage: 'Cliente não tem permissão para acesso a PIX',
    action: 'Grant user access to this section.',
  },
  {
    id: 'itau-pj-investments-permissions',
    institution: 'itau',
    segment: 'PJ',
    product: 'investments',
    message: "001 - User doesn't have permissions to view investments",
    action: 'Grant user access to this section.',
  },
  {
    id: 'santander-pj-extrato-365-accounts',
    institution: 'santander',
    segment: 'PJ',
    product: 'accounts',
    message:
      "002 - User doesn't have access to 'Extrato 365 dias', we got information from 'Saldo e Extrato'.",
  },
  {
    id: 'santander-pj-accounts-operator',
    institution: 'santander',
    segment: 'PJ',
    product: 'accounts',
    message: "001 - Operator doesn't have access to Accounts",
    action: 'Allow operator to access the accounts section.',
  },
  {
    id: 'santander-pj-credit-cards-permissions',
    institution: 'santander',
    segment: 'PJ',
    product: 'creditCards',
    message: "001 - User doesn't have permissions, cannot recover credit cards",
    action: 'Allow operator to access the credit cards section.',
  },
  {
    id: 'santander-pj-extrato-365-transactions',
    institution: 'santander',
    segment: 'PJ',
    product: 'transactions',
    message:
      "003 - User doesn't have access to 'Extrato 365 dias' or it's offline, we got information from 'Saldo e Extrato'. Information here is limited to 90 days and 400 txs.",
    action:
      'Since this section offers a limited data retrieval, allowing access to Extrato 365 would solve the days / data limitation.',
  },
  {
    id: 'xp-treasury-permissions',
    institution: 'xp',
    segment: 'any',
    product: 'investments',
    message: '001 - User does not have permissions to access Treasury assets',
    providerMessage:
      'A Conta não está habilitada para operar no Tesouro Direto pois já existe outra conta XP Inc atrelada ao CPF do cliente. Caso queira trocar a conta habilitada, entre em contato com seu assessor.',
    action: 'User must grant access to this product to be recovered.',
  },
  {
    id: 'sicoob-pj-accounts-permissions',
    institution: 'sicoob',
    segment: 'PJ',
    product: 'accounts',
    message: '001 - User does not have permissions to get accounts',
    providerMessage:
      'Usuário não tem permissão para executar a transação - Consultas - Saldo de conta corrente',
    action: 'Allow user to access through Mobile App to the "Saldo de conta corrente" section.',
  },
]
