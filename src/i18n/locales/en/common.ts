import type source from '../pt-BR/common'

const common: typeof source = {
  retry: 'Try again',
  close: 'Close',
  cancel: 'Cancel',
  continue: 'Continue',
  bankMessage: 'Message from your bank',
  loading: 'Loading…',
  loadError: "Couldn't load the status",
  loadErrorExplanation: 'Check your internet connection and try again.',
  opensInNewTab: '(opens in a new tab)',
  statusUpdates: 'Status updates',
}

export default common
