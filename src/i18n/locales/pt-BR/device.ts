// Owned by the DeviceAuthorizationNotice / UserActionNotice work.
// "app {{connectorName}}" avoids Portuguese article contractions (no/na/do/da).
const device = {
  checking: 'Estamos verificando automaticamente…',
  expiry: {
    lessThanMinutes_one: 'Falta menos de {{count}} minuto.',
    lessThanMinutes_other: 'Faltam menos de {{count}} minutos.',
    lessThanSeconds_one: 'Falta menos de {{count}} segundo.',
    lessThanSeconds_other: 'Faltam menos de {{count}} segundos.',
  },
  authorization: {
    heading: 'Autorize o novo acesso no seu banco',
    intro: 'Por segurança, {{connectorName}} pede que você autorize este novo acesso.',
    introGeneric: 'Por segurança, seu banco pede que você autorize este novo acesso.',
    nicknameLabel: 'Nome do dispositivo',
    nicknameMissing:
      'O banco ainda não informou o nome do dispositivo. Procure o acesso que aparece como pendente.',
    copy: 'Copiar nome',
    copied: 'Copiado!',
    copyFailed: 'Não foi possível copiar. Selecione o nome e copie manualmente.',
    stepsHeading: 'Como autorizar',
    steps: {
      open: 'Abra o app {{connectorName}} ou o internet banking.',
      openGeneric: 'Abra o app ou o internet banking do seu banco.',
      find: 'Procure a área de segurança ou de dispositivos autorizados.',
      authorize: 'Autorize o dispositivo com o nome mostrado acima.',
      authorizePending: 'Autorize o novo acesso que aparece como pendente.',
      back: 'Volte para cá: continuamos sozinhos assim que a autorização for confirmada.',
    },
    remaining: 'Você tem {{time}} para autorizar.',
    expired: 'O prazo para autorizar terminou. Tente de novo para receber um novo pedido.',
    retry: 'Já autorizei, verificar agora',
  },
  userAction: {
    instructionsLabel: 'Instruções do banco',
    deviceLabel: 'Dispositivo',
    qr: {
      heading: 'Escaneie o QR Code',
      hint: 'Use o app {{connectorName}} para escanear o QR Code.',
      hintGeneric: 'Use o app do seu banco para escanear o QR Code.',
      alt: 'QR Code para escanear com o app {{connectorName}}',
      altGeneric: 'QR Code para escanear com o app do seu banco',
      unavailable: 'Não foi possível mostrar o QR Code. Siga as instruções do banco.',
    },
    authorize: {
      heading: 'Aprove o acesso no app do banco',
      hint: 'Abra o app {{connectorName}} e aprove o novo acesso.',
      hintGeneric: 'Abra o app do seu banco e aprove o novo acesso.',
    },
    other: {
      heading: 'Conclua a etapa pedida pelo banco',
      hint: 'Siga as instruções do banco para continuar.',
    },
    remaining: 'Você tem {{time}} para concluir.',
    expired: 'O prazo terminou. Comece de novo para receber um novo pedido.',
  },
}

export default device
