import type source from '../pt-BR/connect'

const connect: typeof source = {
  picker: {
    heading: 'Elige tu institución',
    label: 'Buscar institución',
    placeholder: 'Nombre del banco o institución',
    listLabel: 'Instituciones',
    loading: 'Cargando instituciones…',
    loadError: 'No pudimos cargar la lista de instituciones.',
    empty: 'Ninguna institución encontrada para «{{query}}».',
    emptyAll: 'No hay instituciones disponibles.',
    results_one: '{{count}} institución',
    results_other: '{{count}} instituciones',
    openFinance: 'Open Finance',
    personal: 'Persona física',
    business: 'Empresa',
    unstable: 'Inestable',
    offline: 'No disponible ahora: el banco está caído. Inténtalo más tarde.',
  },
  credentials: {
    heading: 'Conecta tu cuenta de {{connectorName}}',
    headingGeneric: 'Conecta tu cuenta',
    intro: 'Ingresa los datos que usas en la app de {{connectorName}}.',
    introGeneric: 'Ingresa los datos que usas en la app de tu banco.',
    introOpenFinance:
      'Ingresa tu documento. Luego autorizas el acceso en el sitio o la app de {{connectorName}}, por Open Finance.',
    introOpenFinanceGeneric:
      'Ingresa tu documento. Luego autorizas el acceso en el sitio o la app de tu banco, por Open Finance.',
    back: 'Elegir otra institución',
  },
  connecting: {
    heading: 'Conectando tu cuenta de {{connectorName}}',
    headingGeneric: 'Conectando tu cuenta',
  },
  problem: {
    'creation-limit':
      'Alcanzaste el límite de conexiones. Elimina una conexión antigua para agregar otra.',
    'connector-offline': 'Esta institución está caída ahora. Inténtalo más tarde o elige otra.',
    'rate-limited':
      'Demasiados intentos seguidos. Espera un poco e inténtalo de nuevo; tus datos siguen aquí.',
    server: 'El servicio de conexión tuvo un problema. Inténtalo de nuevo; tus datos siguen aquí.',
    network: 'Sin conexión a internet. Revisa tu red e inténtalo de nuevo; tus datos siguen aquí.',
    other: 'No pudimos conectar ahora. Inténtalo de nuevo; tus datos siguen aquí.',
  },
  duplicate: {
    heading: 'Esta cuenta ya está conectada',
    body: 'Ya tienes una conexión con estos datos. Usa la conexión existente en lugar de crear otra.',
    useExisting: 'Usar la conexión existente',
  },
  consent: {
    heading: 'Autoriza en {{connectorName}}',
    headingGeneric: 'Autoriza en tu banco',
    body: 'Con Open Finance, autorizas compartir tus datos en el sitio o la app del banco.',
    open: 'Abrir {{connectorName}} para autorizar',
    openGeneric: 'Abrir tu banco para autorizar',
    away: 'Esperamos a que autorices en la página del banco. Cuando lo hagas, vuelve aquí.',
    reopen: 'Abrir de nuevo la página del banco',
  },
  success: {
    products: 'Datos conectados',
    heading: 'Cuenta conectada',
    body: 'Tu cuenta de {{connectorName}} está conectada.',
    bodyGeneric: 'Tu cuenta está conectada.',
    done: 'Listo',
  },
  close: 'Cerrar',
}

export default connect
