// Generic labels shared by every farol component.
const common = {
  retry: 'Tentar novamente',
  cancel: 'Cancelar',
  bankMessage: 'Mensagem do banco',
  opensInNewTab: '(abre em nova aba)',
}

export default common
