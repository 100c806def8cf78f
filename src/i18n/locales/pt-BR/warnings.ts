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
  catalog: {
    'itau-pf-verify-registration': {
      message: 'A corretora precisa que você confirme seu cadastro.',
      action: 'Acesse o site da corretora e confirme seu cadastro.',
    },
    'itau-pf-treasury-closed': {
      message: 'O mercado do Tesouro Direto está fechado agora.',
      action: 'Tente de novo em horário comercial.',
    },
    'bradesco-pf-captcha': {
      message: 'Acesse sua conta no site do banco e resolva a verificação de segurança (captcha).',
    },
    'clear-treasury-permissions': {
      message: 'Sua conta não tem acesso aos títulos do Tesouro Direto.',
      action: 'Fale com a sua corretora para configurar a conta.',
    },
    'orama-treasury-rates': {
      message: 'Não foi possível obter as taxas do Tesouro Direto.',
    },
    'bb-pj-accounts-permissions': {
      message: 'Seu usuário não tem permissão para acessar esta conta.',
    },
    'bb-pj-credit-cards-permissions': {
      message: 'Seu usuário não tem permissão para ver as transações do cartão de crédito.',
    },
    'bb-pj-investments-permissions': {
      message: 'Seu usuário não tem permissão para ver fundos e renda fixa.',
    },
    'bb-pj-investments-hour': {
      message: 'A renda fixa não pode ser consultada neste horário.',
    },
    'bradesco-pj-accounts-access': {
      message: 'Seu usuário não tem acesso às informações das contas.',
    },
    'bradesco-pj-credit-cards-access': {
      message: 'Seu usuário não tem acesso às informações do cartão de crédito.',
    },
    'bradesco-pj-payment-data-permissions': {
      message: 'Seu usuário não tem permissão para ver pagamentos por TED, PIX e TEF.',
    },
    'bradesco-pj-investments-access': {
      message: 'Seu usuário não tem acesso às informações de fundos e renda fixa.',
    },
    'bradesco-pj-investment-transactions-access': {
      message: 'Seu usuário não tem acesso às movimentações de investimentos.',
    },
    'bradesco-pj-investment-transactions-permissions': {
      message: 'Seu usuário não tem permissão para ver as movimentações de renda fixa e fundos.',
    },
    'bradesco-pj-transactions-disabled': {
      message: 'As transações não estão habilitadas para esta conta.',
    },
    'caixa-pj-transactions-blocked': {
      message:
        'Há uma restrição que impede movimentar sua conta. Procure sua agência para regularizar.',
    },
    'itau-pj-credit-cards-resumes': {
      message: 'Seu usuário não tem acesso aos resumos do cartão de crédito.',
    },
    'itau-pj-pix-qr-permissions': {
      message: 'Seu usuário não tem permissão para ver pagamentos recebidos por QR Code PIX.',
    },
    'itau-pj-pix-permissions': {
      message: 'Seu usuário não tem permissão para ver os pagamentos PIX.',
      action: 'Peça para liberarem o acesso do seu usuário a esta área.',
    },
    'itau-pj-investments-permissions': {
      message: 'Seu usuário não tem permissão para ver investimentos.',
      action: 'Peça para liberarem o acesso do seu usuário a esta área.',
    },
    'santander-pj-extrato-365-accounts': {
      message:
        'Seu usuário não tem acesso ao "Extrato 365 dias", então usamos os dados de "Saldo e Extrato".',
    },
    'santander-pj-accounts-operator': {
      message: 'O operador não tem acesso às contas.',
      action: 'Libere o acesso do operador à área de contas.',
    },
    'santander-pj-credit-cards-permissions': {
      message: 'Seu usuário não tem permissão para ver os cartões de crédito.',
      action: 'Libere o acesso do operador à área de cartões de crédito.',
    },
    'santander-pj-extrato-365-transactions': {
      message:
        'Sem acesso ao "Extrato 365 dias" (ou ele está fora do ar), usamos "Saldo e Extrato": no máximo 90 dias e 400 transações.',
      action: 'Libere o acesso ao "Extrato 365 dias" para buscar todo o histórico.',
    },
    'xp-treasury-permissions': {
      message: 'Sua conta não tem acesso aos títulos do Tesouro Direto.',
      action: 'Libere o acesso a este produto para que ele possa ser buscado.',
    },
    'sicoob-pj-accounts-permissions': {
      message: 'Seu usuário não tem permissão para ver as contas.',
      action: 'Libere o acesso do usuário à área "Saldo de conta corrente" pelo app do banco.',
    },
  },
}

export default warnings
