// The host app's own strings. farol brings its own (and follows `locale`); these are
// the page around it: header, titles, the host's names for the connections.
import type { ProductKey } from '../../../src'
import type { DemoConnectionKey } from '../demo-connections'

export const LOCALES = ['pt-BR', 'en', 'es'] as const
export type Locale = (typeof LOCALES)[number]

export interface Messages {
  languageName: string
  nav: { home: string; accounts: string; cards: string; investments: string }
  languageLabel: string
  greeting: string
  title: string
  intro: string
  connections: Record<DemoConnectionKey, { name: string; use: string }>
  canRead: string
  nothingToRead: string
  teamAlerted: string
  products: Record<ProductKey, string>
  addConnection: string
  restartDemo: string
  footer: string
  loadingConfig: string
  configError: string
}

const ptBR: Messages = {
  languageName: 'Português',
  nav: { home: 'Início', accounts: 'Minhas contas', cards: 'Cartões', investments: 'Investir' },
  languageLabel: 'Idioma',
  greeting: 'Olá, Marina',
  title: 'Minhas contas',
  intro:
    'Suas contas conectadas via Open Finance. Quando algo precisar de você, mostramos aqui o que fazer.',
  connections: {
    checking: { name: 'Conta corrente', use: 'Saldo e extrato do dia a dia' },
    investments: { name: 'Investimentos', use: 'Carteira e Tesouro Direto' },
    digital: { name: 'Conta digital', use: 'Pix e cartão de débito' },
    salary: { name: 'Conta salário', use: 'Onde seu salário cai' },
    savings: { name: 'Poupança', use: 'Reserva de emergência' },
    joint: { name: 'Conta conjunta', use: 'Despesas da casa' },
  },
  canRead: 'Dados em dia no ipê',
  nothingToRead: 'Nenhum dado novo até resolver a conexão',
  teamAlerted: 'Nossa equipe já foi avisada.',
  products: {
    accounts: 'contas',
    creditCards: 'cartões',
    transactions: 'transações',
    investments: 'investimentos',
    investmentTransactions: 'movimentações de investimentos',
    identity: 'cadastro',
    paymentData: 'pagamentos',
    loans: 'empréstimos',
    accountStatements: 'extratos',
  },
  addConnection: 'Conectar outra conta',
  restartDemo: 'Reiniciar a demonstração',
  footer: 'Demonstração do farol com a API simulada da Pluggy. Nenhum dado real.',
  loadingConfig: 'Carregando suas contas…',
  configError:
    'Não encontramos a API de demonstração. Rode `npm run demo` na raiz do farol e abra o endereço que ele mostra.',
}

const en: Messages = {
  languageName: 'English',
  nav: { home: 'Home', accounts: 'My accounts', cards: 'Cards', investments: 'Invest' },
  languageLabel: 'Language',
  greeting: 'Hi, Marina',
  title: 'My accounts',
  intro:
    'Your accounts connected through Open Finance. When one needs you, this page says what to do.',
  connections: {
    checking: { name: 'Checking account', use: 'Everyday balance and statement' },
    investments: { name: 'Investments', use: 'Portfolio and Treasury bonds' },
    digital: { name: 'Digital account', use: 'Pix and debit card' },
    salary: { name: 'Salary account', use: 'Where your salary lands' },
    savings: { name: 'Savings', use: 'Emergency fund' },
    joint: { name: 'Joint account', use: 'Household expenses' },
  },
  canRead: 'Up to date in ipê',
  nothingToRead: 'No new data until the connection is fixed',
  teamAlerted: 'Our team has been notified.',
  products: {
    accounts: 'accounts',
    creditCards: 'cards',
    transactions: 'transactions',
    investments: 'investments',
    investmentTransactions: 'investment transactions',
    identity: 'profile',
    paymentData: 'payments',
    loans: 'loans',
    accountStatements: 'statements',
  },
  addConnection: 'Connect another account',
  restartDemo: 'Restart the demo',
  footer: 'A farol demo on the simulated Pluggy API. No real data.',
  loadingConfig: 'Loading your accounts…',
  configError:
    'The demo API is not there. Run `npm run demo` at the root of farol and open the address it prints.',
}

const es: Messages = {
  languageName: 'Español',
  nav: { home: 'Inicio', accounts: 'Mis cuentas', cards: 'Tarjetas', investments: 'Invertir' },
  languageLabel: 'Idioma',
  greeting: 'Hola, Marina',
  title: 'Mis cuentas',
  intro:
    'Tus cuentas conectadas por Open Finance. Cuando alguna te necesite, aquí te decimos qué hacer.',
  connections: {
    checking: { name: 'Cuenta corriente', use: 'Saldo y extracto del día a día' },
    investments: { name: 'Inversiones', use: 'Cartera y Tesoro Directo' },
    digital: { name: 'Cuenta digital', use: 'Pix y tarjeta de débito' },
    salary: { name: 'Cuenta sueldo', use: 'Donde cae tu sueldo' },
    savings: { name: 'Ahorros', use: 'Fondo de emergencia' },
    joint: { name: 'Cuenta conjunta', use: 'Gastos de la casa' },
  },
  canRead: 'Al día en ipê',
  nothingToRead: 'Sin datos nuevos hasta resolver la conexión',
  teamAlerted: 'Nuestro equipo ya fue avisado.',
  products: {
    accounts: 'cuentas',
    creditCards: 'tarjetas',
    transactions: 'transacciones',
    investments: 'inversiones',
    investmentTransactions: 'movimientos de inversiones',
    identity: 'datos personales',
    paymentData: 'pagos',
    loans: 'préstamos',
    accountStatements: 'extractos',
  },
  addConnection: 'Conectar otra cuenta',
  restartDemo: 'Reiniciar la demostración',
  footer: 'Demostración de farol con la API simulada de Pluggy. Ningún dato real.',
  loadingConfig: 'Cargando tus cuentas…',
  configError:
    'No encontramos la API de demostración. Ejecuta `npm run demo` en la raíz de farol y abre la dirección que muestra.',
}

export const MESSAGES: Record<Locale, Messages> = { 'pt-BR': ptBR, en, es }

/** A Brazilian app: pt-BR unless the address asks for another (`?lang=en`). */
export function initialLocale(): Locale {
  const wanted = new URLSearchParams(window.location.search).get('lang')
  return LOCALES.find((locale) => locale.toLowerCase() === wanted?.toLowerCase()) ?? 'pt-BR'
}
