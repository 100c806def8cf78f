// Strings for StatusBanner: one headline and explanation per guidance reason,
// the sync steps, action labels, notices and auto-sync.
const status = {
  reason: {
    syncing: {
      headline: 'Atualizando sua conexão',
      explanation: 'Estamos buscando seus dados no banco. Isso pode levar alguns minutos.',
    },
    updated: {
      headline: 'Conexão em dia',
      explanation: 'Seus dados estão atualizados.',
    },
    'consent-expiring': {
      headline: 'Sua autorização vence em breve',
      explanation: 'Renove a autorização para continuar recebendo seus dados.',
    },
    'consent-expired': {
      headline: 'Sua autorização venceu',
      explanation: 'Renove a autorização para voltar a receber seus dados.',
    },
    'partial-success': {
      headline: 'Alguns dados não foram atualizados',
      explanation:
        'Conseguimos acessar o banco, mas parte das informações não veio. Tente de novo daqui a pouco.',
    },
    mfa: {
      headline: 'O banco pediu um código de verificação',
      explanation: 'Informe o código para continuar a conexão.',
    },
    'mfa-expired': {
      headline: 'O tempo para informar o código acabou',
      explanation: 'Comece de novo para receber um novo código.',
    },
    'user-action': {
      headline: 'Falta um passo no seu banco',
      explanation: 'Siga as instruções para concluir a conexão.',
    },
    'user-action-expired': {
      headline: 'O tempo para concluir a conexão acabou',
      explanation: 'Comece de novo para receber novas instruções.',
    },
    'device-authorization': {
      headline: 'Autorize o acesso no seu banco',
      explanation: 'Abra o app ou o site do banco, autorize o acesso e depois tente de novo.',
    },
    'invalid-credentials': {
      headline: 'Não conseguimos entrar na sua conta',
      explanation: 'Usuário ou senha incorretos. Confira seus dados e tente de novo.',
      explanationOpenFinance: 'O CPF ou CNPJ informado é inválido. Confira e tente de novo.',
    },
    'invalid-mfa': {
      headline: 'Código de verificação incorreto',
      explanation: 'Confira o código e informe de novo.',
    },
    'account-locked': {
      headline: 'Sua conta está bloqueada no banco',
      explanation: 'Desbloqueie o acesso com o seu banco e depois conecte de novo.',
    },
    'credentials-reset': {
      headline: 'O banco pediu para você trocar a senha',
      explanation: 'Crie uma nova senha com o seu banco e depois conecte de novo.',
    },
    'account-needs-action': {
      headline: 'O banco precisa que você resolva algo',
      explanation: 'Veja o aviso do banco, resolva direto com ele e depois conecte de novo.',
    },
    'consent-not-granted': {
      headline: 'A autorização não foi concluída',
      explanation:
        'O compartilhamento de dados não foi autorizado no banco. Autorize de novo para continuar.',
    },
    'consent-revoked': {
      headline: 'A autorização foi cancelada',
      explanation:
        'O compartilhamento de dados foi cancelado no banco. Autorize de novo para continuar.',
    },
    'already-logged-in': {
      headline: 'Sua conta está aberta em outro lugar',
      explanation: 'Saia da sua conta no app ou no site do banco e tente de novo.',
    },
    'user-not-supported': {
      headline: 'Este tipo de conta não é aceito',
      explanation: 'Ainda não conseguimos conectar este tipo de conta neste banco.',
    },
    'login-error': {
      headline: 'Não conseguimos entrar na sua conta',
      explanation: 'Confira seus dados de acesso e tente de novo.',
    },
    'site-not-available': {
      headline: 'O banco está instável no momento',
      explanation: 'O problema é do lado do banco. Tente de novo mais tarde.',
    },
    'connection-error': {
      headline: 'Não conseguimos falar com o banco',
      explanation: 'A conexão falhou. Tente de novo.',
    },
    'unexpected-error': {
      headline: 'Algo deu errado',
      explanation: 'Tivemos um problema inesperado ao acessar o banco. Tente de novo.',
    },
    'input-timeout': {
      headline: 'A conexão não foi concluída',
      explanation: 'O processo não foi finalizado a tempo. Comece de novo.',
    },
    outdated: {
      headline: 'Seus dados estão desatualizados',
      explanation: 'Não conseguimos atualizar seus dados. Tente de novo.',
    },
    unknown: {
      headline: 'Não sabemos como está a conexão',
      explanation: 'Tente atualizar de novo. Se continuar assim, fale com o suporte.',
    },
  },
  step: {
    creating: 'Iniciando a conexão…',
    login: 'Conectando ao banco…',
    'login-mfa': 'Verificando o código…',
    accounts: 'Buscando contas…',
    'credit-cards': 'Buscando cartões de crédito…',
    transactions: 'Buscando transações…',
    'payment-data': 'Buscando dados de pagamento…',
    investments: 'Buscando investimentos…',
    'investment-transactions': 'Buscando movimentações de investimentos…',
    identity: 'Buscando dados cadastrais…',
    loans: 'Buscando empréstimos…',
    'account-statements': 'Buscando extratos…',
    merging: 'Organizando seus dados…',
    other: 'Atualizando seus dados…',
  },
  progressLabel: 'Progresso da atualização',
  action: {
    wait: 'Aguarde',
    'update-credentials': 'Atualizar dados de acesso',
    'provide-mfa': 'Informar código',
    'authorize-device': 'Já autorizei',
    'complete-user-action': 'Continuar',
    'act-at-institution': 'Já resolvi, conectar de novo',
    'renew-consent': 'Renovar autorização',
    retry: 'Tentar novamente',
    'contact-support': 'Falar com o suporte',
  },
  retryAt: 'Você pode tentar de novo às {{time}}.',
  resetPassword: 'Trocar a senha no site do banco',
  notice: {
    lockoutRisk_one:
      'Já houve {{count}} tentativa sem sucesso. Confira bem os dados: mais um erro pode bloquear sua conta no banco.',
    lockoutRisk_other:
      'Já foram {{count}} tentativas sem sucesso. Confira bem os dados: mais um erro pode bloquear sua conta no banco.',
    consentExpiringToday: 'Sua autorização vence hoje.',
    consentExpiring_one: 'Sua autorização vence em {{count}} dia.',
    consentExpiring_other: 'Sua autorização vence em {{count}} dias.',
    consentExpired: 'Sua autorização venceu em {{date}}.',
    connectorUnstable: 'O banco está instável agora. A conexão pode demorar ou falhar.',
    connectorOffline: 'O banco está fora do ar agora. Tente mais tarde.',
    autoSyncDisabled: 'As atualizações automáticas estão desligadas. Atualize quando quiser.',
    autoSyncDisabledSince: 'As atualizações automáticas estão desligadas desde {{date}}.',
  },
  autoSync: {
    nextScheduled: 'Próxima atualização automática: {{dateTime}}.',
    nextAttempt: 'Vamos tentar de novo às {{time}}.',
    nextAttemptOn: 'Vamos tentar de novo em {{dateTime}}.',
    attemptsLeft_one: 'Resta {{count}} tentativa automática.',
    attemptsLeft_other: 'Restam {{count}} tentativas automáticas.',
    stopped: 'As tentativas automáticas pararam.',
  },
  lastUpdated: 'Atualizado {{relative}}',
  institutionFallback: 'Seu banco',
}

export default status
