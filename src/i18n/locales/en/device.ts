import type source from '../pt-BR/device'

const device: typeof source = {
  checking: 'We’re checking automatically…',
  expiry: {
    lessThanMinutes_one: 'Less than {{count}} minute left.',
    lessThanMinutes_other: 'Less than {{count}} minutes left.',
    lessThanSeconds_one: 'Less than {{count}} second left.',
    lessThanSeconds_other: 'Less than {{count}} seconds left.',
  },
  authorization: {
    heading: 'Authorize the new access at your bank',
    intro: 'For your security, {{connectorName}} asks you to authorize this new access.',
    introGeneric: 'For your security, your bank asks you to authorize this new access.',
    nicknameLabel: 'Device name',
    nicknameMissing:
      'Your bank hasn’t told us the device name yet. Look for the access marked as pending.',
    copy: 'Copy name',
    copied: 'Copied!',
    copyFailed: 'Couldn’t copy. Select the name and copy it yourself.',
    stepsHeading: 'How to authorize',
    steps: {
      open: 'Open the {{connectorName}} app or internet banking.',
      openGeneric: 'Open your bank’s app or internet banking.',
      find: 'Go to the security or authorized devices section.',
      authorize: 'Authorize the device with the name shown above.',
      authorizePending: 'Authorize the new access marked as pending.',
      back: 'Come back here: we’ll carry on by ourselves once the authorization is confirmed.',
    },
    remaining: 'You have {{time}} to authorize.',
    expired: 'The time to authorize has run out. Try again to get a new request.',
    retry: 'I’ve authorized it, check now',
  },
  userAction: {
    instructionsLabel: 'Instructions from your bank',
    deviceLabel: 'Device',
    qr: {
      heading: 'Scan the QR code',
      hint: 'Use the {{connectorName}} app to scan the QR code.',
      hintGeneric: 'Use your bank’s app to scan the QR code.',
      alt: 'QR code to scan with the {{connectorName}} app',
      altGeneric: 'QR code to scan with your bank’s app',
      unavailable: 'The QR code couldn’t be shown. Follow your bank’s instructions.',
    },
    authorize: {
      heading: 'Approve the access in your bank’s app',
      hint: 'Open the {{connectorName}} app and approve the new access.',
      hintGeneric: 'Open your bank’s app and approve the new access.',
    },
    other: {
      heading: 'Complete the step your bank asked for',
      hint: 'Follow your bank’s instructions to continue.',
    },
    remaining: 'You have {{time}} to finish.',
    expired: 'The time has run out. Start again to get a new request.',
  },
}

export default device
