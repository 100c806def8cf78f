// Strings for ConnectionList and ConnectionsSummary: many connections at once.
const connections = {
  summary: {
    needsUser_one: '{{count}} conexão precisa de você',
    needsUser_other: '{{count}} conexões precisam de você',
    failed_one: '{{count}} conexão com problema',
    failed_other: '{{count}} conexões com problema',
    syncing_one: '{{count}} sincronizando',
    syncing_other: '{{count}} sincronizando',
    allGood: 'Tudo em dia',
    empty: 'Nenhuma conexão',
    loading: 'Carregando conexões…',
  },
  list: {
    label: 'Suas conexões',
    empty: 'Você ainda não tem nenhuma conta conectada.',
    loading: 'Carregando suas conexões…',
    allGood: 'Tudo em dia: todas as suas conexões estão atualizadas.',
    loadingRow: 'Carregando…',
    loadError: 'Não foi possível carregar o status',
    deadline: {
      mfa: 'Responda até {{time}}',
      device: 'Autorize até {{time}}',
      'user-action': 'Conclua até {{time}}',
      consent: 'Renove até {{date}}',
    },
  },
}

export default connections
