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
  catalog: {},
}

export default warnings
