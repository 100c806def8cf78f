import type source from '../pt-BR/credentials'

const credentials: typeof source = {
  heading: {
    credentials: 'Sign in to your account again',
    mfa: 'Confirm it’s you',
  },
  intro: {
    credentials: 'Enter the details you use in the {{connectorName}} app to reconnect.',
    credentialsGeneric: 'Enter the details you use in your bank’s app to reconnect.',
    mfa: '{{connectorName}} asked for an extra confirmation to continue.',
    mfaGeneric: 'Your bank asked for an extra confirmation to continue.',
  },
  submit: {
    credentials: 'Connect',
    mfa: 'Send',
    scanned: 'I’ve scanned it',
    submitting: 'Sending…',
  },
  optional: 'optional',
  revealPassword: 'Show password',
  selectPlaceholder: 'Choose an option',
  image: {
    alt: 'Image sent by your bank: {{description}}',
    altGeneric: 'Image sent by your bank',
    unavailable: 'The image sent by your bank could not be shown.',
  },
  validation: {
    required: 'Fill in this field.',
    pattern: 'This value is not in the expected format.',
    invalidOption: 'Choose one of the options in the list.',
    summary_one: 'Fix {{count}} field to continue.',
    summary_other: 'Fix {{count}} fields to continue.',
    serverSummary: 'We couldn’t send this. Check the messages below.',
  },
  expiry: {
    remaining: 'The code expires in {{time}}',
    lessThanMinutes_one: 'Less than {{count}} minute left before the code expires.',
    lessThanMinutes_other: 'Less than {{count}} minutes left before the code expires.',
    lessThanSeconds_one: 'Less than {{count}} second left before the code expires.',
    lessThanSeconds_other: 'Less than {{count}} seconds left before the code expires.',
    expired: 'The code has expired. Start again to get a new one.',
  },
  oauth: {
    link: 'Open {{connectorName}} to authorize',
    linkGeneric: 'Open your bank’s website to authorize',
    hint: 'Your bank’s page opens in a new window. Come back here once you’ve authorized.',
  },
  unsupported: {
    message: 'This step can’t be completed here. Continue in the bank connection window.',
    action: 'Continue in the bank window',
  },
  restart: 'Start again',
}

export default credentials
