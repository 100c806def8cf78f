import type source from '../pt-BR/connections'

const connections: typeof source = {
  summary: {
    needsUser_one: '{{count}} connection needs you',
    needsUser_other: '{{count}} connections need you',
    failed_one: '{{count}} connection has a problem',
    failed_other: '{{count}} connections have a problem',
    syncing_one: '{{count}} syncing',
    syncing_other: '{{count}} syncing',
    allGood: 'All up to date',
    empty: 'No connections',
    loading: 'Loading connections…',
  },
  list: {
    label: 'Your connections',
    empty: "You haven't connected any accounts yet.",
    loading: 'Loading your connections…',
    allGood: 'All up to date: every connection is current.',
    loadingRow: 'Loading…',
    loadError: "Couldn't load the status",
    deadline: {
      mfa: 'Answer by {{time}}',
      device: 'Authorize by {{time}}',
      'user-action': 'Finish by {{time}}',
      consent: 'Renew by {{date}}',
    },
  },
}

export default connections
