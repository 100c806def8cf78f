import type { Connector, ConnectorCredential, ConnectorHealth, ProductType } from '../core'
import { connectorLogo } from './assets'

/** Fields pluggy-sdk's `Connector` has and farol's model leaves out. */
interface PaymentFlags {
  supportsPaymentInitiation: boolean
  supportsScheduledPayments: boolean
  supportsSmartTransfers: boolean
  supportsAutomaticPix: boolean
  supportsBoletoManagement: boolean
}

/** A connector as `GET /connectors/:id` sends it: every field present, dates as ISO strings. */
export type SandboxConnector = Required<Omit<Connector, 'oauthUrl' | 'resetPasswordUrl'>> &
  Pick<Connector, 'oauthUrl' | 'resetPasswordUrl'> &
  PaymentFlags & { health: Required<ConnectorHealth>; createdAt: string; updatedAt: string }

/** Pluggy Bank's working credentials. */
export const SANDBOX_CREDENTIALS = { user: 'user-ok', password: 'password-ok' } as const
/** The MFA token the sandbox accepts. */
export const SANDBOX_MFA_TOKEN = '123456'

export const PLUGGY_BANK_ID = 0
export const PLUGGY_BANK_MFA_ID = 5
export const VALIDATION_BANK_ID = 8
export const UNSTABLE_BANK_ID = 11
export const OFFLINE_BANK_ID = 12
export const OPEN_FINANCE_BANK_ID = 600

const USER_PASSWORD: ConnectorCredential[] = [
  { label: 'Usuário', name: 'user', type: 'text', placeholder: 'user-ok' },
  { label: 'Senha', name: 'password', type: 'password', placeholder: 'password-ok' },
]

/** Pluggy Bank's rules, as Pluggy's errors page shows them ("… length must be at least 6."). */
const PLUGGY_BANK_CREDENTIALS: ConnectorCredential[] = USER_PASSWORD.map((field) => ({
  ...field,
  validation: '^.{6,}$',
  validationMessage: `${field.name} parameter length must be at least 6.`,
}))

const CPF: ConnectorCredential = {
  label: 'CPF',
  name: 'cpf',
  type: 'text',
  placeholder: '000.000.000-00',
  validation: '^\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}$',
  validationMessage: 'Informe um CPF válido, com 11 números.',
  assistiveText: 'O CPF do titular da conta.',
}

const CNPJ: ConnectorCredential = {
  label: 'CNPJ',
  name: 'cnpj',
  type: 'text',
  placeholder: '00.000.000/0000-00',
  validation: '^\\d{2}\\.?\\d{3}\\.?\\d{3}/?\\d{4}-?\\d{2}$',
  validationMessage: 'Informe um CNPJ válido, com 14 números.',
  assistiveText: 'O CNPJ da empresa titular da conta.',
}

const BANK_PRODUCTS: ProductType[] = [
  'ACCOUNTS',
  'CREDIT_CARDS',
  'TRANSACTIONS',
  'PAYMENT_DATA',
  'INVESTMENTS',
  'INVESTMENTS_TRANSACTIONS',
  'IDENTITY',
]
const BROKER_PRODUCTS: ProductType[] = ['INVESTMENTS', 'INVESTMENTS_TRANSACTIONS', 'IDENTITY']

const ONLINE: Required<ConnectorHealth> = {
  status: 'ONLINE',
  stage: null,
  details: { connectionRateLast6Hours: 0.98, connectionsLast6Hours: 1250 },
}

interface ConnectorSpec extends Partial<SandboxConnector> {
  id: number
  name: string
  initials: string
  primaryColor: string
}

function connector({ initials, id, name, ...spec }: ConnectorSpec): SandboxConnector {
  return {
    id,
    name,
    institutionUrl: `https://${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`,
    imageUrl: connectorLogo(initials, spec.primaryColor),
    type: 'PERSONAL_BANK',
    country: 'BR',
    credentials: USER_PASSWORD,
    hasMFA: false,
    oauth: false,
    health: ONLINE,
    isOpenFinance: false,
    isSandbox: false,
    supportsPaymentInitiation: false,
    supportsScheduledPayments: false,
    supportsSmartTransfers: false,
    supportsAutomaticPix: false,
    supportsBoletoManagement: false,
    products: BANK_PRODUCTS,
    createdAt: '2020-06-01T12:00:00.000Z',
    updatedAt: '2026-05-04T09:30:00.000Z',
    ...spec,
  }
}

/** Every connector the sandbox serves, in `GET /connectors` order. */
export const SANDBOX_CONNECTORS: readonly SandboxConnector[] = [
  connector({
    id: PLUGGY_BANK_ID,
    name: 'Pluggy Bank',
    initials: 'PB',
    primaryColor: 'ef294b',
    institutionUrl: 'https://pluggy.ai',
    isSandbox: true,
    credentials: PLUGGY_BANK_CREDENTIALS,
    products: ['ACCOUNTS', 'CREDIT_CARDS', 'TRANSACTIONS', 'INVESTMENTS', 'IDENTITY'],
    resetPasswordUrl: 'https://pluggy-bank.example/recuperar-senha',
  }),
  connector({
    id: PLUGGY_BANK_MFA_ID,
    name: 'Pluggy Bank MFA',
    initials: 'PM',
    primaryColor: 'c4183c',
    institutionUrl: 'https://pluggy.ai',
    hasMFA: true,
    isSandbox: true,
    products: ['ACCOUNTS', 'CREDIT_CARDS', 'TRANSACTIONS', 'IDENTITY'],
  }),
  connector({
    id: VALIDATION_BANK_ID,
    name: 'Banco Validações',
    initials: 'BV',
    primaryColor: '5b3cc4',
    isSandbox: true,
    products: ['ACCOUNTS', 'TRANSACTIONS'],
    credentials: [
      {
        label: 'Agência',
        name: 'agency',
        type: 'number',
        placeholder: '0001',
        validation: '^\\d{4}$',
        validationMessage: 'A agência deve ter 4 números.',
      },
      {
        label: 'Usuário',
        name: 'user',
        type: 'text',
        validation: '^.{6,}$',
        validationMessage: 'user parameter length must be at least 6.',
      },
      {
        label: 'Senha',
        name: 'password',
        type: 'password',
        validation: '^.{6,}$',
        validationMessage: 'password parameter length must be at least 6.',
      },
      {
        label: 'Tipo de conta',
        name: 'accountType',
        type: 'select',
        options: [
          { value: 'PF', label: 'Pessoa Física' },
          { value: 'PJ', label: 'Pessoa Jurídica' },
        ],
      },
      {
        label: 'Apelido da conexão',
        name: 'nickname',
        type: 'text',
        optional: true,
        assistiveText: 'Opcional: um nome para reconhecer esta conexão.',
      },
    ],
  }),
  connector({
    id: UNSTABLE_BANK_ID,
    name: 'Banco Instável',
    initials: 'BI',
    primaryColor: 'e08a00',
    isSandbox: true,
    products: ['ACCOUNTS', 'TRANSACTIONS'],
    health: {
      status: 'UNSTABLE',
      stage: null,
      details: {
        connectionRateLast6Hours: 0.41,
        connectionsLast6Hours: 310,
        error: 'Login instável no site da instituição',
      },
    },
  }),
  connector({
    id: OFFLINE_BANK_ID,
    name: 'Banco Fora do Ar',
    initials: 'BF',
    primaryColor: '6b6b6b',
    isSandbox: true,
    products: ['ACCOUNTS', 'TRANSACTIONS'],
    health: {
      status: 'OFFLINE',
      stage: 'BETA',
      details: {
        connectionRateLast6Hours: 0,
        connectionsLast6Hours: 0,
        error: 'Institution website is down',
      },
    },
  }),
  connector({ id: 101, name: 'Itaú PF', initials: 'IT', primaryColor: 'ec7000' }),
  connector({ id: 102, name: 'Bradesco PF', initials: 'BR', primaryColor: 'cc092f' }),
  connector({
    id: 103,
    name: 'Clear',
    initials: 'CL',
    primaryColor: '1f1f1f',
    type: 'INVESTMENT',
    products: BROKER_PRODUCTS,
  }),
  connector({
    id: 104,
    name: 'Orama',
    initials: 'OR',
    primaryColor: '00a19a',
    type: 'INVESTMENT',
    products: BROKER_PRODUCTS,
  }),
  connector({
    id: 105,
    name: 'Banco do Brasil PJ',
    initials: 'BB',
    primaryColor: 'fcfc30',
    type: 'BUSINESS_BANK',
  }),
  connector({
    id: 106,
    name: 'Bradesco PJ',
    initials: 'BR',
    primaryColor: 'cc092f',
    type: 'BUSINESS_BANK',
  }),
  connector({
    id: 107,
    name: 'Caixa PJ',
    initials: 'CX',
    primaryColor: '1c60ab',
    type: 'BUSINESS_BANK',
  }),
  connector({
    id: 108,
    name: 'Itaú PJ',
    initials: 'IT',
    primaryColor: 'ec7000',
    type: 'BUSINESS_BANK',
  }),
  connector({
    id: 109,
    name: 'Santander PJ',
    initials: 'SA',
    primaryColor: 'ec0000',
    type: 'BUSINESS_BANK',
  }),
  connector({
    id: 110,
    name: 'XP Investimentos',
    initials: 'XP',
    primaryColor: '000000',
    type: 'INVESTMENT',
    products: BROKER_PRODUCTS,
  }),
  connector({
    id: 111,
    name: 'Sicoob PJ',
    initials: 'SI',
    primaryColor: '003641',
    type: 'BUSINESS_BANK',
  }),
  connector({
    id: OPEN_FINANCE_BANK_ID,
    name: 'Pluggy Bank Open Finance',
    initials: 'OF',
    primaryColor: '2a2a72',
    institutionUrl: 'https://pluggy.ai',
    isOpenFinance: true,
    isSandbox: true,
    oauth: true,
    products: ['ACCOUNTS', 'CREDIT_CARDS', 'TRANSACTIONS', 'INVESTMENTS', 'IDENTITY'],
    credentials: [CPF],
  }),
  ...catalogue(),
]

/** Open Finance and direct institutions, personal and business, to search and filter. */
function catalogue(): SandboxConnector[] {
  const direct: Array<[number, string, string, string, ConnectorSpec['type']?]> = [
    [112, 'Nubank', 'NU', '820ad1'],
    [113, 'Banco Inter', 'IN', 'ff7a00'],
    [114, 'C6 Bank', 'C6', '242424'],
    [115, 'Santander PF', 'SA', 'ec0000'],
    [116, 'Banco do Brasil PF', 'BB', 'fcfc30'],
    [117, 'Caixa PF', 'CX', '1c60ab'],
    [118, 'Sicredi', 'SC', '3fa110'],
    [119, 'BTG Pactual', 'BT', '0d2c54', 'INVESTMENT'],
    [120, 'Mercado Pago', 'MP', '00b1ea', 'PAYMENT_ACCOUNT'],
    [121, 'PicPay', 'PP', '21c25e', 'PAYMENT_ACCOUNT'],
    [122, 'Rico Investimentos', 'RI', 'f26722', 'INVESTMENT'],
    [123, 'Nubank PJ', 'NU', '820ad1', 'BUSINESS_BANK'],
    [124, 'Banco Inter PJ', 'IN', 'ff7a00', 'BUSINESS_BANK'],
    [125, 'Cora', 'CO', 'fe3e6d', 'BUSINESS_BANK'],
    [126, 'Stone', 'ST', '00a868', 'BUSINESS_BANK'],
  ]
  const openFinance: Array<[number, string, string, string, ConnectorSpec['type']?]> = [
    [601, 'Itaú', 'IT', 'ec7000'],
    [602, 'Bradesco', 'BR', 'cc092f'],
    [603, 'Nubank', 'NU', '820ad1'],
    [604, 'Banco do Brasil', 'BB', 'fcfc30'],
    [605, 'Santander', 'SA', 'ec0000'],
    [606, 'Caixa Econômica Federal', 'CX', '1c60ab'],
    [607, 'Banco Inter', 'IN', 'ff7a00'],
    [608, 'C6 Bank', 'C6', '242424'],
    [609, 'Sicoob', 'SI', '003641'],
    [610, 'XP Investimentos', 'XP', '000000', 'INVESTMENT'],
    [611, 'Itaú Empresas', 'IT', 'ec7000', 'BUSINESS_BANK'],
    [612, 'Bradesco Empresas', 'BR', 'cc092f', 'BUSINESS_BANK'],
    [613, 'Santander Empresas', 'SA', 'ec0000', 'BUSINESS_BANK'],
    [614, 'Banco do Brasil Empresas', 'BB', 'fcfc30', 'BUSINESS_BANK'],
  ]
  const abroad: SandboxConnector[] = [
    connector({
      id: 701,
      name: 'BBVA México',
      initials: 'BV',
      primaryColor: '004481',
      country: 'MX',
    }),
    connector({
      id: 702,
      name: 'Bancolombia',
      initials: 'BC',
      primaryColor: 'fdda24',
      country: 'CO',
    }),
  ]
  return [
    ...direct.map(([id, name, initials, primaryColor, type = 'PERSONAL_BANK']) =>
      connector({ id, name, initials, primaryColor, type }),
    ),
    ...openFinance.map(([id, name, initials, primaryColor, type = 'PERSONAL_BANK']) =>
      connector({
        id,
        name: `${name} Open Finance`,
        initials,
        primaryColor,
        type,
        isOpenFinance: true,
        oauth: true,
        credentials: [type === 'BUSINESS_BANK' ? CNPJ : CPF],
        products: type === 'INVESTMENT' ? BROKER_PRODUCTS : BANK_PRODUCTS,
      }),
    ),
    ...abroad,
  ]
}

/** Per connector: what an item does when no scenario is active, and credentials that work. */
export const CONNECTOR_DEFAULTS: Readonly<
  Record<number, { scenario: string; credentials: Record<string, string> }>
> = {
  [PLUGGY_BANK_ID]: { scenario: 'pluggy-bank', credentials: { ...SANDBOX_CREDENTIALS } },
  [PLUGGY_BANK_MFA_ID]: { scenario: 'mfa-number', credentials: { ...SANDBOX_CREDENTIALS } },
  [VALIDATION_BANK_ID]: {
    scenario: 'success',
    credentials: { agency: '0001', user: 'user-ok', password: 'password-ok', accountType: 'PF' },
  },
  [UNSTABLE_BANK_ID]: { scenario: 'connector-unstable', credentials: { ...SANDBOX_CREDENTIALS } },
  [OFFLINE_BANK_ID]: { scenario: 'connector-offline', credentials: { ...SANDBOX_CREDENTIALS } },
  [OPEN_FINANCE_BANK_ID]: {
    scenario: 'open-finance-consent',
    credentials: { cpf: '761.092.776-73' },
  },
}

const OPEN_FINANCE_DEFAULTS = {
  scenario: 'open-finance-consent',
  credentials: { cpf: '761.092.776-73', cnpj: '12.345.678/0001-95' },
}

export function connectorDefaults(id: number): {
  scenario: string
  credentials: Record<string, string>
} {
  if (CONNECTOR_DEFAULTS[id]) return CONNECTOR_DEFAULTS[id]
  return id >= 600 && id < 700
    ? OPEN_FINANCE_DEFAULTS
    : { scenario: 'success', credentials: { ...SANDBOX_CREDENTIALS } }
}
