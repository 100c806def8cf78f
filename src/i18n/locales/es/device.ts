import type source from '../pt-BR/device'

const device: typeof source = {
  checking: 'Estamos verificando automáticamente…',
  expiry: {
    lessThanMinutes_one: 'Queda menos de {{count}} minuto.',
    lessThanMinutes_other: 'Quedan menos de {{count}} minutos.',
    lessThanSeconds_one: 'Queda menos de {{count}} segundo.',
    lessThanSeconds_other: 'Quedan menos de {{count}} segundos.',
  },
  authorization: {
    heading: 'Autoriza el nuevo acceso en tu banco',
    intro: 'Por seguridad, {{connectorName}} te pide que autorices este nuevo acceso.',
    introGeneric: 'Por seguridad, tu banco te pide que autorices este nuevo acceso.',
    nicknameLabel: 'Nombre del dispositivo',
    nicknameMissing:
      'Tu banco todavía no informó el nombre del dispositivo. Busca el acceso que aparece como pendiente.',
    copy: 'Copiar nombre',
    copied: '¡Copiado!',
    copyFailed: 'No se pudo copiar. Selecciona el nombre y cópialo manualmente.',
    stepsHeading: 'Cómo autorizar',
    steps: {
      open: 'Abre la app de {{connectorName}} o la banca en línea.',
      openGeneric: 'Abre la app o la banca en línea de tu banco.',
      find: 'Busca la sección de seguridad o de dispositivos autorizados.',
      authorize: 'Autoriza el dispositivo con el nombre que aparece arriba.',
      authorizePending: 'Autoriza el nuevo acceso que aparece como pendiente.',
      back: 'Vuelve aquí: seguiremos solos en cuanto se confirme la autorización.',
    },
    remaining: 'Tienes {{time}} para autorizar.',
    expired:
      'Se acabó el plazo para autorizar. Vuelve a intentarlo para recibir una nueva solicitud.',
    retry: 'Ya lo autoricé, verificar ahora',
  },
  userAction: {
    instructionsLabel: 'Instrucciones de tu banco',
    deviceLabel: 'Dispositivo',
    qr: {
      heading: 'Escanea el código QR',
      hint: 'Usa la app de {{connectorName}} para escanear el código QR.',
      hintGeneric: 'Usa la app de tu banco para escanear el código QR.',
      alt: 'Código QR para escanear con la app de {{connectorName}}',
      altGeneric: 'Código QR para escanear con la app de tu banco',
      unavailable: 'No se pudo mostrar el código QR. Sigue las instrucciones de tu banco.',
    },
    authorize: {
      heading: 'Aprueba el acceso en la app de tu banco',
      hint: 'Abre la app de {{connectorName}} y aprueba el nuevo acceso.',
      hintGeneric: 'Abre la app de tu banco y aprueba el nuevo acceso.',
    },
    other: {
      heading: 'Completa el paso que pidió tu banco',
      hint: 'Sigue las instrucciones de tu banco para continuar.',
    },
    remaining: 'Tienes {{time}} para terminar.',
    expired: 'Se acabó el plazo. Vuelve a empezar para recibir una nueva solicitud.',
  },
}

export default device
