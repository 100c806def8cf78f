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
  catalog: {},
}

export default warnings
