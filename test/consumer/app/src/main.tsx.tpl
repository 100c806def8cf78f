// A host app: farol from its tarball, peers from the registry, built by Vite.
// Without a query string it renders a login error from Pluggy JSON (`item`); with
// `?sandbox=<url>&itemId=<id>` it polls that item from farol's sandbox server (`itemId`);
// with `?tones` it shows every tone in every theme (its colours are compared across builds).
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { FarolProvider, ItemConnectionStatus, createPluggyClient, parseItem } from 'farol'
import 'farol/styles.css'
import './host.css'
import { AccentCases } from './AccentCases'
import { Tones } from './tones'

const loginError = parseItem({
  id: 'consumer-item',
  status: 'LOGIN_ERROR',
  executionStatus: 'INVALID_CREDENTIALS',
  error: { code: 'INVALID_CREDENTIALS', message: 'Invalid credentials' },
  connector: {
    id: 0,
    name: 'Pluggy Bank',
    type: 'PERSONAL_BANK',
    primaryColor: 'ef294b',
    health: { status: 'ONLINE' },
    credentials: [
      { name: 'user', label: 'Usuário', type: 'text' },
      { name: 'password', label: 'Senha', type: 'password' },
    ],
  },
  statusDetail: null,
  updatedAt: '2026-07-20T09:59:00.000Z',
  lastUpdatedAt: '2026-07-20T09:59:00.000Z',
})

const query = new URLSearchParams(location.search)
const sandbox = query.get('sandbox')
const itemId = query.get('itemId')
const client = createPluggyClient(
  sandbox ? { baseUrl: sandbox, apiKey: 'farol-sandbox-api-key' } : { apiKey: 'unused' },
)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <FarolProvider client={client} locale="pt-BR">
      {query.has('tones') ? (
        <>
          <Tones />
          <AccentCases />
        </>
      ) : sandbox && itemId ? (
        <ItemConnectionStatus itemId={itemId} />
      ) : (
        <ItemConnectionStatus item={loginError} onSubmitCredentials={() => {}} />
      )}
    </FarolProvider>
  </StrictMode>,
)
