// "Conectar nova conta": the host's button, and farol's ConnectItem where Pluggy Connect's
// iframe used to be. New connections, a reconnect (e.g. a revoked Open Finance consent)
// and the return from the bank's consent page (?itemId=) all use the same ConnectItem.
import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { ConnectItem, ItemConnectionStatus } from '../../../src'
import type { Locale } from './messages'

const TEXT = {
  'pt-BR': {
    connectNew: 'Conectar nova conta',
    newConnections: 'Contas conectadas agora',
    panel: 'Conectar conta',
  },
  en: {
    connectNew: 'Connect a new account',
    newConnections: 'Just connected',
    panel: 'Connect account',
  },
  es: {
    connectNew: 'Conectar una cuenta nueva',
    newConnections: 'Recién conectadas',
    panel: 'Conectar cuenta',
  },
} satisfies Record<Locale, Record<string, string>>

/** What the panel shows: nothing, a new connection, or an existing item to reconnect/resume. */
type Panel = { open: false } | { open: true; itemId?: string }

let panel: Panel = { open: false }
const listeners = new Set<() => void>()
const setPanel = (next: Panel) => {
  panel = next
  listeners.forEach((listener) => listener())
}
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Opens ConnectItem, on `itemId` to reconnect it (the host's `onReconnect`). */
export function openConnect(itemId?: string): void {
  setPanel({ open: true, itemId })
}

/** The bank sent the user back here with `?itemId=`: resume on that item, and tidy the URL. */
function takeReturnedItemId(): string | undefined {
  const url = new URL(window.location.href)
  const itemId = url.searchParams.get('itemId') ?? undefined
  if (itemId) {
    url.searchParams.delete('itemId')
    window.history.replaceState(null, '', url)
  }
  return itemId
}

/** The button, the ConnectItem panel, and the connections made here (as cards). */
export function ConnectNewAccount({ locale }: { locale: Locale }) {
  const text = TEXT[locale]
  const current = useSyncExternalStore(subscribe, () => panel)
  const [connected, setConnected] = useState<string[]>([])
  const button = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    const returned = takeReturnedItemId()
    if (returned) openConnect(returned)
  }, [])

  const close = () => {
    setPanel({ open: false })
    button.current?.focus()
  }
  // The bank's consent page comes back here (this page, without its query).
  const redirectUri = `${window.location.origin}${window.location.pathname}`

  return (
    <section className="mc-connect" aria-label={text.panel}>
      <button
        ref={button}
        type="button"
        className="mc-connectButton"
        onClick={() => openConnect()}
        aria-expanded={current.open}
      >
        {text.connectNew}
      </button>
      {current.open && (
        <div className="mc-card mc-connectPanel">
          <ConnectItem
            key={current.itemId ?? 'new'}
            itemId={current.itemId}
            countries={['BR']}
            products={['ACCOUNTS', 'CREDIT_CARDS', 'TRANSACTIONS', 'IDENTITY']}
            oauthRedirectUri={redirectUri}
            headingLevel={2}
            onSuccess={(item) =>
              setConnected((ids) => (ids.includes(item.id) ? ids : [...ids, item.id]))
            }
            onClose={close}
          />
        </div>
      )}
      {connected.length > 0 && (
        <div className="mc-connected">
          <h2>{text.newConnections}</h2>
          <ul className="mc-connections">
            {connected.map((itemId) => (
              <li key={itemId}>
                <article className="mc-card" data-new-connection={itemId}>
                  <ItemConnectionStatus
                    itemId={itemId}
                    headingLevel={3}
                    onReconnect={() => openConnect(itemId)}
                  />
                </article>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
