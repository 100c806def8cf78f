import type source from '../pt-BR/status'

const status: typeof source = {
  reason: {
    syncing: {
      headline: 'Updating your connection',
      explanation: 'We are getting your data from the bank. This can take a few minutes.',
    },
    updated: {
      headline: 'Your connection is up to date',
      explanation: 'Your data is up to date.',
    },
    'consent-expiring': {
      headline: 'Your authorization expires soon',
      explanation: 'Renew it to keep receiving your data.',
    },
    'consent-expired': {
      headline: 'Your authorization has expired',
      explanation: 'Renew it to start receiving your data again.',
    },
    'partial-success': {
      headline: 'Some of your data was not updated',
      explanation:
        'We reached your bank, but part of the information did not come through. Try again in a little while.',
    },
    mfa: {
      headline: 'Your bank asked for a verification code',
      explanation: 'Enter the code to continue connecting.',
    },
    'mfa-expired': {
      headline: 'The time to enter the code ran out',
      explanation: 'Start again to get a new code.',
    },
    'user-action': {
      headline: 'One more step at your bank',
      explanation: 'Follow the instructions to finish connecting.',
    },
    'user-action-expired': {
      headline: 'The time to finish connecting ran out',
      explanation: 'Start again to get new instructions.',
    },
    'device-authorization': {
      headline: 'Authorize access at your bank',
      explanation: "Open your bank's app or website, authorize access, then try again.",
    },
    'invalid-credentials': {
      headline: "We couldn't sign in to your account",
      explanation: 'The username or password is incorrect. Check your details and try again.',
      explanationOpenFinance: 'The CPF or CNPJ you entered is invalid. Check it and try again.',
    },
    'invalid-mfa': {
      headline: 'Incorrect verification code',
      explanation: 'Check the code and enter it again.',
    },
    'account-locked': {
      headline: 'Your account is locked at the bank',
      explanation: 'Unlock access with your bank, then connect again.',
    },
    'credentials-reset': {
      headline: 'Your bank asked you to change your password',
      explanation: 'Create a new password with your bank, then connect again.',
    },
    'account-needs-action': {
      headline: 'Your bank needs you to sort something out',
      explanation: "Read your bank's message, resolve it with them, then connect again.",
    },
    'consent-not-granted': {
      headline: 'The authorization was not completed',
      explanation: 'Data sharing was not authorized at your bank. Authorize it again to continue.',
    },
    'consent-revoked': {
      headline: 'The authorization was cancelled',
      explanation: 'Data sharing was cancelled at your bank. Authorize it again to continue.',
    },
    'already-logged-in': {
      headline: 'Your account is open somewhere else',
      explanation: "Sign out of your bank's app or website and try again.",
    },
    'user-not-supported': {
      headline: "This type of account isn't supported",
      explanation: "We can't connect this type of account at this bank yet.",
    },
    'login-error': {
      headline: "We couldn't sign in to your account",
      explanation: 'Check your sign-in details and try again.',
    },
    'site-not-available': {
      headline: 'Your bank is having problems right now',
      explanation: "The problem is on the bank's side. Try again later.",
    },
    'connection-error': {
      headline: "We couldn't reach your bank",
      explanation: 'The connection failed. Try again.',
    },
    'unexpected-error': {
      headline: 'Something went wrong',
      explanation: 'We had an unexpected problem reaching your bank. Try again.',
    },
    'input-timeout': {
      headline: 'The connection was not completed',
      explanation: "The process wasn't finished in time. Start again.",
    },
    outdated: {
      headline: 'Your data is out of date',
      explanation: "We couldn't update your data. Try again.",
    },
    unknown: {
      headline: "We don't know the state of this connection",
      explanation: 'Try updating again. If this continues, contact support.',
    },
  },
  step: {
    creating: 'Starting the connection…',
    login: 'Connecting to your bank…',
    'login-mfa': 'Checking the code…',
    accounts: 'Getting accounts…',
    'credit-cards': 'Getting credit cards…',
    transactions: 'Getting transactions…',
    'payment-data': 'Getting payment data…',
    investments: 'Getting investments…',
    'investment-transactions': 'Getting investment transactions…',
    identity: 'Getting your personal details…',
    loans: 'Getting loans…',
    'account-statements': 'Getting statements…',
    merging: 'Organizing your data…',
    other: 'Updating your data…',
  },
  progressLabel: 'Update progress',
  action: {
    wait: 'Please wait',
    'update-credentials': 'Update sign-in details',
    'provide-mfa': 'Enter code',
    'authorize-device': "I've authorized it",
    'complete-user-action': 'Continue',
    'act-at-institution': 'Done, connect again',
    'renew-consent': 'Renew authorization',
    retry: 'Try again',
    'contact-support': 'Contact support',
  },
  retryAt: 'You can try again at {{time}}.',
  resetPassword: "Change your password on the bank's website",
  notice: {
    lockoutRisk_one:
      'There has been {{count}} failed attempt. Check your details carefully: one more mistake may lock your bank account.',
    lockoutRisk_other:
      'There have been {{count}} failed attempts. Check your details carefully: one more mistake may lock your bank account.',
    consentExpiringToday: 'Your authorization expires today.',
    consentExpiring_one: 'Your authorization expires in {{count}} day.',
    consentExpiring_other: 'Your authorization expires in {{count}} days.',
    consentExpired: 'Your authorization expired on {{date}}.',
    connectorUnstable: 'Your bank is unstable right now. Connecting may be slow or fail.',
    connectorOffline: 'Your bank is offline right now. Try again later.',
    autoSyncDisabled: 'Automatic updates are turned off. Update whenever you like.',
    autoSyncDisabledSince: 'Automatic updates have been off since {{date}}.',
  },
  autoSync: {
    nextScheduled: 'Next automatic update: {{dateTime}}.',
    nextAttempt: "We'll try again at {{time}}.",
    nextAttemptOn: "We'll try again on {{dateTime}}.",
    attemptsLeft_one: '{{count}} automatic attempt left.',
    attemptsLeft_other: '{{count}} automatic attempts left.',
    stopped: 'Automatic attempts have stopped.',
  },
  lastUpdated: 'Updated {{relative}}',
  institutionFallback: 'Your bank',
}

export default status
