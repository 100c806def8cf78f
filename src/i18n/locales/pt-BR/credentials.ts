// Owned by the CredentialPrompt work: strings for the credential and MFA forms.
// "app {{connectorName}}" avoids Portuguese article contractions (no/na/do/da).
const credentials = {
  heading: {
    credentials: 'Entre novamente na sua conta',
    mfa: 'Confirme que é você',
  },
  intro: {
    credentials: 'Digite os dados que você usa no app {{connectorName}} para reconectar.',
    credentialsGeneric: 'Digite os dados que você usa no app do seu banco para reconectar.',
    mfa: '{{connectorName}} pediu uma confirmação extra para continuar.',
    mfaGeneric: 'Seu banco pediu uma confirmação extra para continuar.',
  },
  submit: {
    credentials: 'Conectar',
    mfa: 'Enviar',
    scanned: 'Já escaneei',
    submitting: 'Enviando…',
  },
  optional: 'opcional',
  revealPassword: 'Mostrar senha',
  selectPlaceholder: 'Selecione uma opção',
  image: {
    alt: 'Imagem enviada pelo banco: {{description}}',
    altGeneric: 'Imagem enviada pelo banco',
    unavailable: 'Não foi possível mostrar a imagem enviada pelo banco.',
  },
  validation: {
    required: 'Preencha este campo.',
    pattern: 'O valor não está no formato esperado.',
    invalidOption: 'Escolha uma das opções da lista.',
    summary_one: 'Corrija {{count}} campo para continuar.',
    summary_other: 'Corrija {{count}} campos para continuar.',
    serverSummary: 'Não foi possível enviar. Confira as mensagens abaixo.',
  },
  expiry: {
    remaining: 'O código expira em {{time}}',
    lessThanMinutes_one: 'Falta menos de {{count}} minuto para o código expirar.',
    lessThanMinutes_other: 'Faltam menos de {{count}} minutos para o código expirar.',
    lessThanSeconds_one: 'Falta menos de {{count}} segundo para o código expirar.',
    lessThanSeconds_other: 'Faltam menos de {{count}} segundos para o código expirar.',
    expired: 'O código expirou. Comece de novo para receber um novo código.',
  },
  oauth: {
    link: 'Abrir {{connectorName}} para autorizar',
    linkGeneric: 'Abrir o site do banco para autorizar',
    hint: 'A página do banco abre em uma nova janela. Depois de autorizar, volte para cá.',
  },
  unsupported: {
    message: 'Esta etapa não pode ser feita aqui. Continue na janela de conexão do banco.',
    action: 'Continuar na janela do banco',
  },
  restart: 'Começar de novo',
}

export default credentials
