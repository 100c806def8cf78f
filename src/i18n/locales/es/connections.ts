import type source from '../pt-BR/connections'

const connections: typeof source = {
  summary: {
    needsUser_one: '{{count}} conexión te necesita',
    needsUser_other: '{{count}} conexiones te necesitan',
    failed_one: '{{count}} conexión con problemas',
    failed_other: '{{count}} conexiones con problemas',
    syncing_one: '{{count}} sincronizando',
    syncing_other: '{{count}} sincronizando',
    allGood: 'Todo al día',
    empty: 'Ninguna conexión',
    loading: 'Cargando conexiones…',
  },
  list: {
    label: 'Tus conexiones',
    empty: 'Todavía no conectaste ninguna cuenta.',
    loading: 'Cargando tus conexiones…',
    allGood: 'Todo al día: todas tus conexiones están actualizadas.',
    loadingRow: 'Cargando…',
    loadError: 'No se pudo cargar el estado',
    deadline: {
      mfa: 'Responde antes de las {{time}}',
      device: 'Autoriza antes de las {{time}}',
      'user-action': 'Termina antes de las {{time}}',
      consent: 'Renueva antes del {{date}}',
    },
  },
}

export default connections
