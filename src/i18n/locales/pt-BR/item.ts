// Strings for ItemConnectionStatus itself: loading, and a refresh or an action that failed.
const item = {
  loading: 'Carregando…',
  loadError: 'Não foi possível carregar o status',
  loadErrorExplanation: 'Verifique sua internet e tente de novo.',
  refreshFailed:
    'Não conseguimos atualizar o status agora. Este é o último status conhecido; vamos tentar de novo sozinhos.',
  refreshStopped: 'Não conseguimos atualizar o status. Este é o último status conhecido.',
  actionFailed: 'Não foi possível enviar agora. Verifique sua internet e tente de novo.',
}

export default item
