import type source from '../pt-BR/status'

const status: typeof source = {
  reason: {
    syncing: {
      headline: 'Actualizando tu conexión',
      explanation: 'Estamos obteniendo tus datos del banco. Esto puede tardar unos minutos.',
    },
    updated: {
      headline: 'Tu conexión está al día',
      explanation: 'Tus datos están actualizados.',
    },
    'consent-expiring': {
      headline: 'Tu autorización vence pronto',
      explanation: 'Renuévala para seguir recibiendo tus datos.',
    },
    'consent-expired': {
      headline: 'Tu autorización venció',
      explanation: 'Renuévala para volver a recibir tus datos.',
    },
    'partial-success': {
      headline: 'Algunos datos no se actualizaron',
      explanation:
        'Pudimos acceder al banco, pero parte de la información no llegó. Inténtalo de nuevo en un rato.',
    },
    mfa: {
      headline: 'Tu banco pidió un código de verificación',
      explanation: 'Ingresa el código para continuar la conexión.',
    },
    'mfa-expired': {
      headline: 'Se acabó el tiempo para ingresar el código',
      explanation: 'Empieza de nuevo para recibir un código nuevo.',
    },
    'user-action': {
      headline: 'Falta un paso en tu banco',
      explanation: 'Sigue las instrucciones para terminar la conexión.',
    },
    'user-action-expired': {
      headline: 'Se acabó el tiempo para terminar la conexión',
      explanation: 'Empieza de nuevo para recibir nuevas instrucciones.',
    },
    'device-authorization': {
      headline: 'Autoriza el acceso en tu banco',
      explanation:
        'Abre la app o el sitio web del banco, autoriza el acceso y vuelve a intentarlo.',
    },
    'invalid-credentials': {
      headline: 'No pudimos entrar a tu cuenta',
      explanation:
        'El usuario o la contraseña no son correctos. Revisa tus datos e inténtalo de nuevo.',
      explanationOpenFinance:
        'El CPF o CNPJ ingresado no es válido. Revísalo e inténtalo de nuevo.',
    },
    'invalid-mfa': {
      headline: 'Código de verificación incorrecto',
      explanation: 'Revisa el código e ingrésalo de nuevo.',
    },
    'account-locked': {
      headline: 'Tu cuenta está bloqueada en el banco',
      explanation: 'Desbloquea el acceso con tu banco y luego vuelve a conectar.',
    },
    'credentials-reset': {
      headline: 'Tu banco pidió que cambies tu contraseña',
      explanation: 'Crea una contraseña nueva con tu banco y luego vuelve a conectar.',
    },
    'account-needs-action': {
      headline: 'Tu banco necesita que resuelvas algo',
      explanation: 'Lee el aviso del banco, resuélvelo con ellos y luego vuelve a conectar.',
    },
    'consent-not-granted': {
      headline: 'La autorización no se completó',
      explanation:
        'No se autorizó compartir tus datos en el banco. Autoriza de nuevo para continuar.',
    },
    'consent-revoked': {
      headline: 'La autorización fue cancelada',
      explanation:
        'Se canceló el uso compartido de datos en el banco. Autoriza de nuevo para continuar.',
    },
    'already-logged-in': {
      headline: 'Tu cuenta está abierta en otro lugar',
      explanation: 'Cierra sesión en la app o el sitio web del banco e inténtalo de nuevo.',
    },
    'user-not-supported': {
      headline: 'Este tipo de cuenta no es compatible',
      explanation: 'Todavía no podemos conectar este tipo de cuenta en este banco.',
    },
    'login-error': {
      headline: 'No pudimos entrar a tu cuenta',
      explanation: 'Revisa tus datos de acceso e inténtalo de nuevo.',
    },
    'site-not-available': {
      headline: 'Tu banco tiene problemas en este momento',
      explanation: 'El problema es del lado del banco. Inténtalo más tarde.',
    },
    'connection-error': {
      headline: 'No pudimos comunicarnos con tu banco',
      explanation: 'La conexión falló. Inténtalo de nuevo.',
    },
    'unexpected-error': {
      headline: 'Algo salió mal',
      explanation: 'Tuvimos un problema inesperado al acceder al banco. Inténtalo de nuevo.',
    },
    'input-timeout': {
      headline: 'La conexión no se completó',
      explanation: 'El proceso no terminó a tiempo. Empieza de nuevo.',
    },
    outdated: {
      headline: 'Tus datos están desactualizados',
      explanation: 'No pudimos actualizar tus datos. Inténtalo de nuevo.',
    },
    unknown: {
      headline: 'No sabemos cómo está la conexión',
      explanation: 'Intenta actualizar de nuevo. Si sigue así, contacta al soporte.',
    },
  },
  step: {
    creating: 'Iniciando la conexión…',
    login: 'Conectando con el banco…',
    'login-mfa': 'Verificando el código…',
    accounts: 'Obteniendo cuentas…',
    'credit-cards': 'Obteniendo tarjetas de crédito…',
    transactions: 'Obteniendo transacciones…',
    'payment-data': 'Obteniendo datos de pago…',
    investments: 'Obteniendo inversiones…',
    'investment-transactions': 'Obteniendo movimientos de inversiones…',
    identity: 'Obteniendo tus datos personales…',
    loans: 'Obteniendo préstamos…',
    'account-statements': 'Obteniendo extractos…',
    merging: 'Organizando tus datos…',
    other: 'Actualizando tus datos…',
  },
  progressLabel: 'Progreso de la actualización',
  action: {
    wait: 'Espera',
    'update-credentials': 'Actualizar datos de acceso',
    'provide-mfa': 'Ingresar código',
    'authorize-device': 'Ya lo autoricé',
    'complete-user-action': 'Continuar',
    'act-at-institution': 'Listo, conectar de nuevo',
    'renew-consent': 'Renovar autorización',
    retry: 'Intentar de nuevo',
    'contact-support': 'Contactar al soporte',
  },
  retryAt: 'Puedes intentarlo de nuevo a las {{time}}.',
  resetPassword: 'Cambiar la contraseña en el sitio del banco',
  notice: {
    lockoutRisk_one:
      'Ya hubo {{count}} intento fallido. Revisa bien tus datos: otro error podría bloquear tu cuenta en el banco.',
    lockoutRisk_other:
      'Ya hubo {{count}} intentos fallidos. Revisa bien tus datos: otro error podría bloquear tu cuenta en el banco.',
    consentExpiringToday: 'Tu autorización vence hoy.',
    consentExpiring_one: 'Tu autorización vence en {{count}} día.',
    consentExpiring_other: 'Tu autorización vence en {{count}} días.',
    consentExpired: 'Tu autorización venció el {{date}}.',
    connectorUnstable: 'Tu banco está inestable ahora. La conexión puede tardar o fallar.',
    connectorOffline: 'Tu banco está fuera de servicio ahora. Inténtalo más tarde.',
    autoSyncDisabled:
      'Las actualizaciones automáticas están desactivadas. Actualiza cuando quieras.',
    autoSyncDisabledSince: 'Las actualizaciones automáticas están desactivadas desde el {{date}}.',
  },
  autoSync: {
    nextScheduled: 'Próxima actualización automática: {{dateTime}}.',
    nextAttempt: 'Lo intentaremos de nuevo a las {{time}}.',
    nextAttemptOn: 'Lo intentaremos de nuevo el {{dateTime}}.',
    attemptsLeft_one: 'Queda {{count}} intento automático.',
    attemptsLeft_other: 'Quedan {{count}} intentos automáticos.',
    stopped: 'Los intentos automáticos se detuvieron.',
  },
  lastUpdated: 'Actualizado {{relative}}',
  institutionFallback: 'Tu banco',
}

export default status
