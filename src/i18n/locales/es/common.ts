import type source from '../pt-BR/common'

const common: typeof source = {
  retry: 'Intentar de nuevo',
  cancel: 'Cancelar',
  bankMessage: 'Mensaje del banco',
  opensInNewTab: '(se abre en una pestaña nueva)',
}

export default common
