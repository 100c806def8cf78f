// Generic labels shared by every farol component.
const common = {
  retry: 'Tentar novamente',
  close: 'Fechar',
  cancel: 'Cancelar',
  continue: 'Continuar',
  bankMessage: 'Mensagem do banco',
  loading: 'Carregando…',
  loadError: 'Não foi possível carregar o status',
  loadErrorExplanation: 'Verifique sua internet e tente de novo.',
  opensInNewTab: '(abre em nova aba)',
  statusUpdates: 'Atualizações de status',
}

export default common
