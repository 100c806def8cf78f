import type source from '../pt-BR/credentials'

const credentials: typeof source = {
  heading: {
    credentials: 'Vuelve a iniciar sesión en tu cuenta',
    mfa: 'Confirma que eres tú',
  },
  intro: {
    credentials:
      'Ingresa los datos que usas en la app de {{connectorName}} para volver a conectar.',
    credentialsGeneric: 'Ingresa los datos que usas en la app de tu banco para volver a conectar.',
    mfa: '{{connectorName}} pidió una confirmación adicional para continuar.',
    mfaGeneric: 'Tu banco pidió una confirmación adicional para continuar.',
  },
  submit: {
    credentials: 'Conectar',
    mfa: 'Enviar',
    scanned: 'Ya lo escaneé',
    submitting: 'Enviando…',
  },
  optional: 'opcional',
  revealPassword: 'Mostrar contraseña',
  selectPlaceholder: 'Elige una opción',
  image: {
    alt: 'Imagen enviada por tu banco: {{description}}',
    altGeneric: 'Imagen enviada por tu banco',
    unavailable: 'No se pudo mostrar la imagen enviada por tu banco.',
  },
  validation: {
    required: 'Completa este campo.',
    pattern: 'El valor no tiene el formato esperado.',
    invalidOption: 'Elige una de las opciones de la lista.',
    summary_one: 'Corrige {{count}} campo para continuar.',
    summary_other: 'Corrige {{count}} campos para continuar.',
    serverSummary: 'No pudimos enviarlo. Revisa los mensajes de abajo.',
  },
  expiry: {
    remaining: 'El código vence en {{time}}',
    lessThanMinutes_one: 'Queda menos de {{count}} minuto para que venza el código.',
    lessThanMinutes_other: 'Quedan menos de {{count}} minutos para que venza el código.',
    lessThanSeconds_one: 'Queda menos de {{count}} segundo para que venza el código.',
    lessThanSeconds_other: 'Quedan menos de {{count}} segundos para que venza el código.',
    expired: 'El código venció. Vuelve a empezar para recibir uno nuevo.',
  },
  oauth: {
    link: 'Abrir {{connectorName}} para autorizar',
    linkGeneric: 'Abrir el sitio de tu banco para autorizar',
    hint: 'La página de tu banco se abre en una ventana nueva. Cuando autorices, vuelve aquí.',
  },
  unsupported: {
    message: 'Este paso no se puede hacer aquí. Continúa en la ventana de conexión del banco.',
    action: 'Continuar en la ventana del banco',
  },
  restart: 'Volver a empezar',
}

export default credentials
