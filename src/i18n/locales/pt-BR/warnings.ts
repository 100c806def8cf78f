// Strings for ProductWarningList: product names, per-product state, and the
// warnings farol recognises (by Pluggy code, and by known-warnings catalog id).
const warnings = {
  listLabel: 'Situação dos seus dados',
  product: {
    accounts: 'Contas',
    creditCards: 'Cartões de crédito',
    transactions: 'Transações',
    investments: 'Investimentos',
    investmentTransactions: 'Movimentações de investimentos',
    identity: 'Dados cadastrais',
    paymentData: 'Dados de pagamento',
    loans: 'Empréstimos',
    accountStatements: 'Extratos',
  },
  state: {
    updated: 'Atualizado',
    updatedAt: 'Atualizado em {{date}}',
    failed: 'Não foi possível atualizar',
    failedSince: 'Não atualizado desde {{date}}',
    notYet: 'Ainda não atualizado',
  },
  whatToDo: 'O que fazer',
  code: {
    '001': 'Seu usuário não tem permissão para ver estes dados no banco.',
    '423':
      'O limite mensal de consultas do Open Finance para estes dados foi atingido. Eles voltam a ser atualizados no próximo mês.',
  },
  catalog: {},
}

export default warnings
