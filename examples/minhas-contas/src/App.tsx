import { createContext, useCallback, useContext, useEffect, useState } from 'react'
// A host writes `from 'farol'`; the demo's Vite config resolves that name to ../../src
// too, but TypeScript has no such mapping in this repo, so the source is imported by path.
import {
  ConnectionList,
  ConnectionsSummary,
  FarolProvider,
  createEventSourceEvents,
  createPluggyClient,
  useItem,
} from '../../../src'
import type { DemoConfig } from '../demo-connections'
import { ConnectNewAccount, openConnect } from './connect-new'
import { LOCALES, MESSAGES, type Locale, type Messages } from './messages'

type Connection = DemoConfig['connections'][number]

/** What an open row's host content needs: the page's strings and its names for each item. */
const DemoContext = createContext<{ messages: Messages; connections: Connection[] } | null>(null)

export function App({ config, initialLocale }: { config: DemoConfig; initialLocale: Locale }) {
  // Created once: farol keeps one poller per item for the client it first saw.
  // No key in the browser: the demo backend (farol/server) holds it.
  const [client] = useState(() => createPluggyClient({ baseUrl: config.apiUrl }))
  // Its webhooks, relayed over Server-Sent Events: one refetch per event.
  const [events] = useState(() => createEventSourceEvents(config.eventsUrl))
  const [locale, setLocale] = useState<Locale>(initialLocale)
  const messages = MESSAGES[locale]
  // The demo's connections, then those the user connects here (ConnectItem).
  const [itemIds, setItemIds] = useState(() =>
    config.connections.map((connection) => connection.itemId),
  )
  const addConnection = useCallback(
    (itemId: string) => setItemIds((ids) => (ids.includes(itemId) ? ids : [...ids, itemId])),
    [],
  )
  // Stable, so an item's change re-renders only its own row.
  const renderDetails = useCallback((itemId: string) => <ConnectionDetails itemId={itemId} />, [])

  useEffect(() => {
    document.documentElement.lang = locale
    const url = new URL(window.location.href)
    if (locale === 'pt-BR') url.searchParams.delete('lang')
    else url.searchParams.set('lang', locale)
    window.history.replaceState(null, '', url)
  }, [locale])

  return (
    // The host's page is light; farol follows it rather than the OS preference. ipê keeps
    // its own brand on every button rather than each bank's colour.
    <div className="mc-app" data-farol-theme="light" data-farol-connector-accent="off">
      <FarolProvider client={client} events={events} locale={locale}>
        <DemoContext.Provider value={{ messages, connections: config.connections }}>
          <Header locale={locale} onLocale={setLocale} messages={messages} itemIds={itemIds} />
          <main className="mc-main">
            <div className="mc-pageHeading">
              <p className="mc-greeting">{messages.greeting}</p>
              <h1>{messages.title}</h1>
              <p className="mc-intro">{messages.intro}</p>
            </div>
            <ConnectNewAccount locale={locale} onConnected={addConnection} />
            {/* Every connection, most urgent first; a row opens its status and the host's notes. */}
            <ConnectionList
              id="contas"
              className="mc-list"
              itemIds={itemIds}
              defaultExpanded={itemIds.slice(0, 1)}
              renderDetails={renderDetails}
              onReconnect={openConnect}
            />
          </main>
        </DemoContext.Provider>
      </FarolProvider>
      <Footer messages={messages} />
    </div>
  )
}

function Header({
  locale,
  onLocale,
  messages,
  itemIds,
}: {
  locale: Locale
  onLocale: (locale: Locale) => void
  messages: Messages
  itemIds: string[]
}) {
  return (
    <header className="mc-header">
      <div className="mc-header-inner">
        <a className="mc-brand" href="/" aria-label="ipê">
          <svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true">
            <rect width="32" height="32" rx="9" fill="currentColor" opacity="0.16" />
            {[0, 72, 144, 216, 288].map((angle) => (
              <ellipse
                key={angle}
                cx="16"
                cy="9.5"
                rx="4.2"
                ry="6"
                fill="#ffd6e8"
                transform={`rotate(${angle} 16 16)`}
              />
            ))}
            <circle cx="16" cy="16" r="3.6" fill="#ffd166" />
          </svg>
          <span>ipê</span>
        </a>
        <nav aria-label="ipê">
          <ul className="mc-nav">
            <li>
              <a href="#inicio">{messages.nav.home}</a>
            </li>
            <li>
              <a href="#contas" aria-current="page">
                {messages.nav.accounts}
              </a>
            </li>
            <li>
              <a href="#cartoes">{messages.nav.cards}</a>
            </li>
            <li>
              <a href="#investir">{messages.nav.investments}</a>
            </li>
          </ul>
        </nav>
        {/* farol's one-line summary of every connection, linking to the list below. */}
        <ConnectionsSummary itemIds={itemIds} href="#contas" className="mc-summary" />
        <label className="mc-language">
          <span>{messages.languageLabel}</span>
          <select
            value={locale}
            onChange={(event) => onLocale(event.target.value as Locale)}
            data-testid="language"
          >
            {LOCALES.map((code) => (
              <option key={code} value={code} lang={code}>
                {MESSAGES[code].languageName}
              </option>
            ))}
          </select>
        </label>
        <span className="mc-avatar" aria-hidden="true">
          M
        </span>
      </div>
    </header>
  )
}

/** In an open row: the host's name for the connection and what it may read from it. */
function ConnectionDetails({ itemId }: { itemId: string }) {
  const demo = useContext(DemoContext)
  if (!demo) return null
  // Connections made on this page (ConnectItem) have no name of the host's yet.
  const key = demo.connections.find((connection) => connection.itemId === itemId)?.key
  const names = key && demo.messages.connections[key]
  return (
    <div className="mc-details" data-connection={key}>
      {names && (
        <p className="mc-details-name">
          <strong>{names.name}</strong> · {names.use}
        </p>
      )}
      <DataFooter itemId={itemId} messages={demo.messages} />
    </div>
  )
}

/** The host's side of farol's answer: which products it may read now, and its alerting. */
function DataFooter({ itemId, messages }: { itemId: string; messages: Messages }) {
  // A second reader of the same item: no extra request, the item's poller is shared.
  const { guidance } = useItem(itemId)
  if (!guidance || guidance.phase === 'syncing') return null
  const readable = guidance.fetchableProducts.map((product) => messages.products[product])
  return (
    <div data-fetchable={guidance.fetchableProducts.join(' ')}>
      <p>
        {readable.length > 0 ? (
          <>
            <span className="mc-dot" data-ok="true" aria-hidden="true" />
            {messages.canRead}: {readable.join(', ')}
          </>
        ) : (
          <>
            <span className="mc-dot" aria-hidden="true" />
            {messages.nothingToRead}
          </>
        )}
      </p>
      {guidance.alert === 'internal' ? <p>{messages.teamAlerted}</p> : null}
    </div>
  )
}

function Footer({ messages }: { messages: Messages }) {
  const [restarting, setRestarting] = useState(false)
  const restart = async () => {
    setRestarting(true)
    try {
      await fetch('/demo-reset', { method: 'POST' })
    } finally {
      window.location.reload()
    }
  }
  return (
    <footer className="mc-footer">
      <p>{messages.footer}</p>
      <button type="button" className="mc-linkButton" onClick={restart} disabled={restarting}>
        {messages.restartDemo}
      </button>
    </footer>
  )
}
