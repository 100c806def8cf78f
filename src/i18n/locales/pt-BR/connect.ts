// Strings for ConnectorPicker and ConnectItem: connecting a new bank.
// "app {{connectorName}}" avoids Portuguese article contractions (no/na/do/da).
const connect = {
  picker: {
    heading: 'Escolha sua instituição',
    label: 'Buscar instituição',
    placeholder: 'Nome do banco ou instituição',
    listLabel: 'Instituições',
    loading: 'Carregando instituições…',
    loadError: 'Não foi possível carregar a lista de instituições.',
    empty: 'Nenhuma instituição encontrada para “{{query}}”.',
    emptyAll: 'Nenhuma instituição disponível.',
    results_one: '{{count}} instituição',
    results_other: '{{count}} instituições',
    openFinance: 'Open Finance',
    personal: 'Pessoa física',
    business: 'Pessoa jurídica',
    unstable: 'Instável',
    offline: 'Indisponível no momento: o banco está fora do ar. Tente mais tarde.',
  },
  credentials: {
    heading: 'Conecte sua conta {{connectorName}}',
    headingGeneric: 'Conecte sua conta',
    intro: 'Digite os dados que você usa no app {{connectorName}}.',
    introGeneric: 'Digite os dados que você usa no app do seu banco.',
    introOpenFinance:
      'Informe seu documento. Depois, você autoriza o acesso no site ou app {{connectorName}}, pelo Open Finance.',
    introOpenFinanceGeneric:
      'Informe seu documento. Depois, você autoriza o acesso no site ou app do seu banco, pelo Open Finance.',
    back: 'Escolher outra instituição',
  },
  connecting: {
    heading: 'Conectando sua conta {{connectorName}}',
    headingGeneric: 'Conectando sua conta',
  },
  problem: {
    'creation-limit':
      'Você atingiu o limite de conexões. Remova uma conexão antiga para conectar outra.',
    'connector-offline':
      'Esta instituição está fora do ar no momento. Tente mais tarde ou escolha outra.',
    'rate-limited':
      'Muitas tentativas seguidas. Aguarde um pouco e tente de novo; seus dados continuam aqui.',
    server: 'O serviço de conexão teve um problema. Tente de novo; seus dados continuam aqui.',
    network:
      'Sem conexão com a internet. Confira sua rede e tente de novo; seus dados continuam aqui.',
    other: 'Não foi possível conectar agora. Tente de novo; seus dados continuam aqui.',
  },
  duplicate: {
    heading: 'Esta conta já está conectada',
    body: 'Você já tem uma conexão com estes dados. Use a conexão existente em vez de criar outra.',
    useExisting: 'Usar a conexão existente',
  },
  consent: {
    heading: 'Autorize no {{connectorName}}',
    headingGeneric: 'Autorize no seu banco',
    body: 'Pelo Open Finance, você autoriza o compartilhamento dos seus dados no site ou app do banco.',
    open: 'Abrir {{connectorName}} para autorizar',
    openGeneric: 'Abrir o banco para autorizar',
    away: 'Estamos esperando você autorizar na página do banco. Depois de autorizar, volte para cá.',
    reopen: 'Abrir a página do banco de novo',
  },
  success: {
    products: 'Dados conectados',
    heading: 'Conta conectada',
    body: 'Sua conta {{connectorName}} está conectada.',
    bodyGeneric: 'Sua conta está conectada.',
    done: 'Concluir',
  },
  close: 'Fechar',
}

export default connect
