import type source from '../pt-BR/connect'

const connect: typeof source = {
  picker: {
    heading: 'Choose your institution',
    label: 'Search institutions',
    placeholder: 'Bank or institution name',
    listLabel: 'Institutions',
    loading: 'Loading institutions…',
    loadError: 'We couldn’t load the list of institutions.',
    empty: 'No institution found for “{{query}}”.',
    emptyAll: 'No institutions available.',
    results_one: '{{count}} institution',
    results_other: '{{count}} institutions',
    openFinance: 'Open Finance',
    personal: 'Personal',
    business: 'Business',
    unstable: 'Unstable',
    offline: 'Unavailable right now: the bank is down. Try again later.',
  },
  credentials: {
    heading: 'Connect your {{connectorName}} account',
    headingGeneric: 'Connect your account',
    intro: 'Enter the details you use in the {{connectorName}} app.',
    introGeneric: 'Enter the details you use in your bank’s app.',
    introOpenFinance:
      'Enter your document number. Then you authorize access on the {{connectorName}} website or app, through Open Finance.',
    introOpenFinanceGeneric:
      'Enter your document number. Then you authorize access on your bank’s website or app, through Open Finance.',
    back: 'Choose another institution',
  },
  connecting: {
    heading: 'Connecting your {{connectorName}} account',
    headingGeneric: 'Connecting your account',
  },
  problem: {
    'creation-limit':
      'You’ve reached the connection limit. Remove an old connection to add another.',
    'connector-offline': 'This institution is down right now. Try again later or choose another.',
    'rate-limited':
      'Too many attempts in a row. Wait a moment and try again; your details are still here.',
    server: 'The connection service had a problem. Try again; your details are still here.',
    network:
      'No internet connection. Check your network and try again; your details are still here.',
    other: 'We couldn’t connect right now. Try again; your details are still here.',
  },
  duplicate: {
    heading: 'This account is already connected',
    body: 'You already have a connection with these details. Use the existing connection instead of creating another.',
    useExisting: 'Use the existing connection',
  },
  consent: {
    heading: 'Authorize at {{connectorName}}',
    headingGeneric: 'Authorize at your bank',
    body: 'With Open Finance, you authorize sharing your data on the bank’s website or app.',
    open: 'Open {{connectorName}} to authorize',
    openGeneric: 'Open your bank to authorize',
    away: 'We’re waiting for you to authorize on the bank’s page. Once you have, come back here.',
    reopen: 'Open the bank’s page again',
  },
  success: {
    products: 'Connected data',
    heading: 'Account connected',
    body: 'Your {{connectorName}} account is connected.',
    bodyGeneric: 'Your account is connected.',
    done: 'Done',
  },
  close: 'Close',
}

export default connect
