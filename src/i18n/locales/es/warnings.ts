import type source from '../pt-BR/warnings'

const warnings: typeof source = {
  listLabel: 'Estado de tus datos',
  product: {
    accounts: 'Cuentas',
    creditCards: 'Tarjetas de crédito',
    transactions: 'Transacciones',
    investments: 'Inversiones',
    investmentTransactions: 'Movimientos de inversiones',
    identity: 'Datos personales',
    paymentData: 'Datos de pago',
    loans: 'Préstamos',
    accountStatements: 'Extractos',
  },
  state: {
    updated: 'Actualizado',
    updatedAt: 'Actualizado el {{date}}',
    failed: 'No se pudo actualizar',
    failedSince: 'Sin actualizar desde el {{date}}',
    notYet: 'Aún no actualizado',
  },
  whatToDo: 'Qué hacer',
  code: {
    '001': 'Tu usuario no tiene permiso para ver estos datos en el banco.',
    '423':
      'Se alcanzó el límite mensual de Open Finance para estos datos. Se actualizarán de nuevo el próximo mes.',
  },
  catalog: {
    'itau-pf-verify-registration': {
      message: 'La corredora necesita que confirmes tu registro.',
      action: 'Entra al sitio de la corredora y confirma tu registro.',
    },
    'itau-pf-treasury-closed': {
      message: 'El mercado del Tesouro Direto está cerrado ahora.',
      action: 'Inténtalo de nuevo en horario comercial.',
    },
    'bradesco-pf-captcha': {
      message:
        'Entra a tu cuenta en el sitio del banco y resuelve la verificación de seguridad (captcha).',
    },
    'clear-treasury-permissions': {
      message: 'Tu cuenta no tiene acceso a los títulos del Tesouro Direto.',
      action: 'Habla con tu corredora para configurar la cuenta.',
    },
    'orama-treasury-rates': {
      message: 'No pudimos obtener las tasas del Tesouro Direto.',
    },
    'bb-pj-accounts-permissions': {
      message: 'Tu usuario no tiene permiso para acceder a esta cuenta.',
    },
    'bb-pj-credit-cards-permissions': {
      message: 'Tu usuario no tiene permiso para ver las transacciones de la tarjeta de crédito.',
    },
    'bb-pj-investments-permissions': {
      message: 'Tu usuario no tiene permiso para ver fondos y renta fija.',
    },
    'bb-pj-investments-hour': {
      message: 'La renta fija no se puede consultar a esta hora.',
    },
    'bradesco-pj-accounts-access': {
      message: 'Tu usuario no tiene acceso a la información de las cuentas.',
    },
    'bradesco-pj-credit-cards-access': {
      message: 'Tu usuario no tiene acceso a la información de la tarjeta de crédito.',
    },
    'bradesco-pj-payment-data-permissions': {
      message: 'Tu usuario no tiene permiso para ver pagos por TED, PIX y TEF.',
    },
    'bradesco-pj-investments-access': {
      message: 'Tu usuario no tiene acceso a la información de fondos y renta fija.',
    },
    'bradesco-pj-investment-transactions-access': {
      message: 'Tu usuario no tiene acceso a los movimientos de inversiones.',
    },
    'bradesco-pj-investment-transactions-permissions': {
      message: 'Tu usuario no tiene permiso para ver los movimientos de renta fija y fondos.',
    },
    'bradesco-pj-transactions-disabled': {
      message: 'Las transacciones no están habilitadas para esta cuenta.',
    },
    'caixa-pj-transactions-blocked': {
      message:
        'Hay una restricción que impide operar tu cuenta. Acude a tu sucursal para regularizarla.',
    },
    'itau-pj-credit-cards-resumes': {
      message: 'Tu usuario no tiene acceso a los resúmenes de la tarjeta de crédito.',
    },
    'itau-pj-pix-qr-permissions': {
      message: 'Tu usuario no tiene permiso para ver pagos recibidos por código QR de PIX.',
    },
    'itau-pj-pix-permissions': {
      message: 'Tu usuario no tiene permiso para ver los pagos PIX.',
      action: 'Pide que le den a tu usuario acceso a esta sección.',
    },
    'itau-pj-investments-permissions': {
      message: 'Tu usuario no tiene permiso para ver inversiones.',
      action: 'Pide que le den a tu usuario acceso a esta sección.',
    },
    'santander-pj-extrato-365-accounts': {
      message:
        'Tu usuario no tiene acceso a "Extrato 365 dias", así que usamos los datos de "Saldo e Extrato".',
    },
    'santander-pj-accounts-operator': {
      message: 'El operador no tiene acceso a las cuentas.',
      action: 'Dale al operador acceso a la sección de cuentas.',
    },
    'santander-pj-credit-cards-permissions': {
      message: 'Tu usuario no tiene permiso para ver las tarjetas de crédito.',
      action: 'Dale al operador acceso a la sección de tarjetas de crédito.',
    },
    'santander-pj-extrato-365-transactions': {
      message:
        'Sin acceso a "Extrato 365 dias" (o con él fuera de servicio), usamos "Saldo e Extrato": como máximo 90 días y 400 transacciones.',
      action: 'Da acceso a "Extrato 365 dias" para obtener todo el historial.',
    },
    'xp-treasury-permissions': {
      message: 'Tu cuenta no tiene acceso a los títulos del Tesouro Direto.',
      action: 'Da acceso a este producto para que se pueda obtener.',
    },
    'sicoob-pj-accounts-permissions': {
      message: 'Tu usuario no tiene permiso para ver las cuentas.',
      action: 'En la app del banco, dale al usuario acceso a la sección "Saldo de conta corrente".',
    },
  },
}

export default warnings
