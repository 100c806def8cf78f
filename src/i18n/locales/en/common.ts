import type source from '../pt-BR/common'

const common: typeof source = {
  retry: 'Try again',
  cancel: 'Cancel',
  bankMessage: 'Message from your bank',
  opensInNewTab: '(opens in a new tab)',
}

export default common
