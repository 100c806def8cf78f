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
  /**
   * Pluggy's text in full. A warning matches when its own text starts with as much of
   * it as tells the rows apart (accents, case, spacing and a leading `001 - ` aside).
   */
  message: string
  providerMessage?: string
  /** Pluggy's action item, in English; translated by `id` in farol's i18n. */
  action?: string
}

/**
 * The table's rows, in Pluggy's order (the first match wins), as
 * `[id, institution, segment, product, message, action?]`, where `message` is only as much
 * of Pluggy's text as tells the rows apart (a warning matches when its folded text starts
 * with it). Tuples, with the rest of the texts kept apart below, because `describeItem`
 * needs only what matches a warning, its id and its action: every host that describes
 * items ships this, the rest only hosts that read `KNOWN_WARNINGS`.
 */
export const CATALOG: ReadonlyArray<
  readonly [
    id: string,
    institution: string,
    segment: KnownWarning['segment'],
    product: KnownWarning['product'],
    message: string,
    action?: string,
  ]
> = [
  [
    'itau-pf-verify-registration',
    'itau',
    'PF',
    'investmentTransactions',
    'User needs to verify cadastro',
    'User needs to access the corretora webpage and verify their registration',
  ],
  [
    'itau-pf-treasury-closed',
    'itau',
    'PF',
    'investmentTransactions',
    'Treasury market is closed',
    'User must retry at business hours.',
  ],
  ['bradesco-pf-captcha', 'bradesco', 'PF', 'login', 'O usuário deve acessar a conta manualmente'],
  [
    'clear-treasury-permissions',
    'clear',
    'any',
    'investments',
    'User does not have permissions to access Treasury',
    'Contact broker to setup the account.',
  ],
  ['orama-treasury-rates', 'orama', 'any', 'investments', 'Could not retrieve Tesouro Directo'],
  [
    'bb-pj-accounts-permissions',
    'banco do brasil',
    'PJ',
    'accounts',
    'User does not have permissions to access this account',
  ],
  [
    'bb-pj-credit-cards-permissions',
    'banco do brasil',
    'PJ',
    'creditCards',
    'User does not have permissions to access credit card',
  ],
  [
    'bb-pj-investments-permissions',
    'banco do brasil',
    'PJ',
    'investments',
    'User without permissions to get',
  ],
  ['bb-pj-investments-hour', 'banco do brasil', 'PJ', 'investments', 'Hour not allowed to get'],
  [
    'bradesco-pj-accounts-access',
    'bradesco',
    'PJ',
    'accounts',
    'User does not have access to accounts',
  ],
  [
    'bradesco-pj-credit-cards-access',
    'bradesco',
    'PJ',
    'creditCards',
    'User does not have access to credit card',
  ],
  [
    'bradesco-pj-payment-data-permissions',
    'bradesco',
    'PJ',
    'paymentData',
    "User doesn't have permissions to obtain TED",
  ],
  [
    'bradesco-pj-investments-access',
    'bradesco',
    'PJ',
    'investments',
    'User does not have access to mutual funds',
  ],
  [
    'bradesco-pj-investment-transactions-access',
    'bradesco',
    'PJ',
    'investmentTransactions',
    'User does not have access to investments transactions information',
  ],
  [
    'bradesco-pj-investment-transactions-permissions',
    'bradesco',
    'PJ',
    'investmentTransactions',
    "User doesn't have permissions to view fixed income",
  ],
  [
    'bradesco-pj-transactions-disabled',
    'bradesco',
    'PJ',
    'transactions',
    'Transactions are not enabled',
  ],
  [
    'caixa-pj-transactions-blocked',
    'caixa',
    'PJ',
    'transactions',
    'Situação impeditiva para movimentar sua conta',
  ],
  [
    'itau-pj-credit-cards-resumes',
    'itau',
    'PJ',
    'creditCards',
    'User dont have access to credit cards resumes',
  ],
  [
    'itau-pj-pix-qr-permissions',
    'itau',
    'PJ',
    'paymentData',
    "User doesn't have permission to obtain received PIX",
  ],
  [
    'itau-pj-pix-permissions',
    'itau',
    'PJ',
    'paymentData',
    'Client does not have permissions to see PIX',
    'Grant user access to this section.',
  ],
  [
    'itau-pj-investments-permissions',
    'itau',
    'PJ',
    'investments',
    "001 - User doesn't have permissions to view investments",
    'Grant user access to this section.',
  ],
  [
    'santander-pj-extrato-365-accounts',
    'santander',
    'PJ',
    'accounts',
    "002 - User doesn't have access to 'Extrato 365 dias', we got",
  ],
  [
    'santander-pj-accounts-operator',
    'santander',
    'PJ',
    'accounts',
    "001 - Operator doesn't have access to Accounts",
    'Allow operator to access the accounts section.',
  ],
  [
    'santander-pj-credit-cards-permissions',
    'santander',
    'PJ',
    'creditCards',
    "001 - User doesn't have permissions, cannot recover",
    'Allow operator to access the credit cards section.',
  ],
  [
    'santander-pj-extrato-365-transactions',
    'santander',
    'PJ',
    'transactions',
    "003 - User doesn't have access to 'Extrato 365 dias' or it's offline",
    'Since this section offers a limited data retrieval, allowing access to Extrato 365 would solve the days / data limitation.',
  ],
  [
    'xp-treasury-permissions',
    'xp',
    'any',
    'investments',
    '001 - User does not have permissions to access Treasury',
    'User must grant access to this product to be recovered.',
  ],
  [
    'sicoob-pj-accounts-permissions',
    'sicoob',
    'PJ',
    'accounts',
    '001 - User does not have permissions to get accounts',
    'Allow user to access through Mobile App to the "Saldo de conta corrente" section.',
  ],
]

/** The rest of Pluggy's message where it goes on past what tells the rows apart. */
const MESSAGE_ENDS: Record<string, string> = {
  'itau-pf-treasury-closed': ' at this time',
  'bradesco-pf-captcha': ' para resolver o captcha.',
  'clear-treasury-permissions': ' assets',
  'orama-treasury-rates': ' rates',
  'bb-pj-credit-cards-permissions': "'s transactions",
  'bb-pj-investments-permissions': ' mutual funds / fixed incomes',
  'bb-pj-investments-hour': ' fixed incomes',
  'bradesco-pj-accounts-access': ' information',
  'bradesco-pj-credit-cards-access': ' information',
  'bradesco-pj-payment-data-permissions': ' / PIX / TEF payments',
  'bradesco-pj-investments-access': ' / fixed income investments information',
  'bradesco-pj-investment-transactions-permissions': ' / mutual funds transactions',
  'bradesco-pj-transactions-disabled': ' for this account',
  'caixa-pj-transactions-blocked': '. Procure sua agência para regularizar.',
  'itau-pj-pix-qr-permissions': ' QR code payment data',
  'itau-pj-pix-permissions': ' payment data',
  'santander-pj-extrato-365-accounts': " information from 'Saldo e Extrato'.",
  'santander-pj-credit-cards-permissions': ' credit cards',
  'santander-pj-extrato-365-transactions':
    ", we got information from 'Saldo e Extrato'. Information here is limited to 90 days and 400 txs.",
  'xp-treasury-permissions': ' assets',
}

/** `providerMessage` by row id: what the institution shows, as Pluggy documents it. */
const PROVIDER_MESSAGES: Record<string, string> = {
  'clear-treasury-permissions':
    'A Conta não está habilitada para operar no Tesouro Direto pois já existe outra conta XP Inc atrelada ao CPF do cliente. Caso queira trocar a conta habilitada, entre em contato com seu assessor.',
  'bradesco-pj-accounts-access': 'Solicite ao usuário máster para ter acesso a esse serviço.',
  'bradesco-pj-credit-cards-access': 'Solicite ao usuário máster para ter acesso a esse serviço',
  'bradesco-pj-investments-access': 'Solicite ao usuário máster para ter acesso a esse serviço.',
  'bradesco-pj-investment-transactions-access':
    'Solicite ao usuário máster para ter acesso a esse serviço.',
  'bradesco-pj-transactions-disabled': 'Solicite ao usuário máster para ter acceso a esse serviço.',
  'itau-pj-pix-qr-permissions':
    'Consulte seu gerente ou Central de Atendimento para liberar permissões',
  'itau-pj-pix-permissions': 'Cliente não tem permissão para acesso a PIX',
  'xp-treasury-permissions':
    'A Conta não está habilitada para operar no Tesouro Direto pois já existe outra conta XP Inc atrelada ao CPF do cliente. Caso queira trocar a conta habilitada, entre em contato com seu assessor.',
  'sicoob-pj-accounts-permissions':
    'Usuário não tem permissão para executar a transação - Consultas - Saldo de conta corrente',
}

export const KNOWN_WARNINGS: readonly KnownWarning[] = /* @__PURE__ */ CATALOG.map(
  ([id, institution, segment, product, message, action]) => ({
    id,
    institution,
    segment,
    product,
    message: message + (MESSAGE_ENDS[id] ?? ''),
    ...(PROVIDER_MESSAGES[id] !== undefined && { providerMessage: PROVIDER_MESSAGES[id] }),
    ...(action !== undefined && { action }),
  }),
)
