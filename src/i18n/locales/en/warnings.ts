import type source from '../pt-BR/warnings'

const warnings: typeof source = {
  listLabel: 'Status of your data',
  product: {
    accounts: 'Accounts',
    creditCards: 'Credit cards',
    transactions: 'Transactions',
    investments: 'Investments',
    investmentTransactions: 'Investment transactions',
    identity: 'Personal details',
    paymentData: 'Payment data',
    loans: 'Loans',
    accountStatements: 'Statements',
  },
  state: {
    updated: 'Updated',
    updatedAt: 'Updated on {{date}}',
    failed: "Couldn't update",
    failedSince: 'Not updated since {{date}}',
    notYet: 'Not updated yet',
  },
  whatToDo: 'What to do',
  code: {
    '001': "Your user doesn't have permission to see this data at the bank.",
    '423':
      'The monthly Open Finance limit for this data has been reached. It will update again next month.',
  },
  catalog: {
    'itau-pf-verify-registration': {
      message: 'The brokerage needs you to confirm your registration.',
      action: "Go to the brokerage's website and confirm your registration.",
    },
    'itau-pf-treasury-closed': {
      message: 'The Tesouro Direto market is closed right now.',
      action: 'Try again during business hours.',
    },
    'bradesco-pf-captcha': {
      message: "Sign in on your bank's website and complete the security check (captcha).",
    },
    'clear-treasury-permissions': {
      message: "Your account doesn't have access to Tesouro Direto bonds.",
      action: 'Contact your broker to set up the account.',
    },
    'orama-treasury-rates': {
      message: "We couldn't get the Tesouro Direto rates.",
    },
    'bb-pj-accounts-permissions': {
      message: "Your user doesn't have permission to access this account.",
    },
    'bb-pj-credit-cards-permissions': {
      message: "Your user doesn't have permission to see credit card transactions.",
    },
    'bb-pj-investments-permissions': {
      message: "Your user doesn't have permission to see funds and fixed income.",
    },
    'bb-pj-investments-hour': {
      message: "Fixed income can't be checked at this time of day.",
    },
    'bradesco-pj-accounts-access': {
      message: "Your user doesn't have access to account information.",
    },
    'bradesco-pj-credit-cards-access': {
      message: "Your user doesn't have access to credit card information.",
    },
    'bradesco-pj-payment-data-permissions': {
      message: "Your user doesn't have permission to see TED, PIX and TEF payments.",
    },
    'bradesco-pj-investments-access': {
      message: "Your user doesn't have access to funds and fixed income information.",
    },
    'bradesco-pj-investment-transactions-access': {
      message: "Your user doesn't have access to investment transactions.",
    },
    'bradesco-pj-investment-transactions-permissions': {
      message: "Your user doesn't have permission to see fixed income and fund transactions.",
    },
    'bradesco-pj-transactions-disabled': {
      message: "Transactions aren't enabled for this account.",
    },
    'caixa-pj-transactions-blocked': {
      message:
        'A restriction is stopping transactions on your account. Visit your branch to sort it out.',
    },
    'itau-pj-credit-cards-resumes': {
      message: "Your user doesn't have access to credit card summaries.",
    },
    'itau-pj-pix-qr-permissions': {
      message: "Your user doesn't have permission to see payments received by PIX QR code.",
    },
    'itau-pj-pix-permissions': {
      message: "Your user doesn't have permission to see PIX payments.",
      action: 'Ask for your user to be given access to this section.',
    },
    'itau-pj-investments-permissions': {
      message: "Your user doesn't have permission to see investments.",
      action: 'Ask for your user to be given access to this section.',
    },
    'santander-pj-extrato-365-accounts': {
      message:
        'Your user doesn\'t have access to "Extrato 365 dias", so we used the data from "Saldo e Extrato".',
    },
    'santander-pj-accounts-operator': {
      message: "The operator doesn't have access to accounts.",
      action: 'Give the operator access to the accounts section.',
    },
    'santander-pj-credit-cards-permissions': {
      message: "Your user doesn't have permission to see credit cards.",
      action: 'Give the operator access to the credit cards section.',
    },
    'santander-pj-extrato-365-transactions': {
      message:
        'Without access to "Extrato 365 dias" (or with it offline), we used "Saldo e Extrato": at most 90 days and 400 transactions.',
      action: 'Give access to "Extrato 365 dias" to get the full history.',
    },
    'xp-treasury-permissions': {
      message: "Your account doesn't have access to Tesouro Direto bonds.",
      action: 'Give access to this product so it can be retrieved.',
    },
    'sicoob-pj-accounts-permissions': {
      message: "Your user doesn't have permission to see accounts.",
      action: 'In the bank\'s app, give the user access to the "Saldo de conta corrente" section.',
    },
  },
}

export default warnings
