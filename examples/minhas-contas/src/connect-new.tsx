// "Conectar nova conta": the host's button, and farol's ConnectItem where Pluggy Connect's
// iframe used to be. New connections, a reconnect (e.g. a revoked Open Finance consent)
// and the return from the bank's consent page (?itemId=) all use the same ConnectItem.
import { useEffect, useRef, useSyncExternalStore } from 'react'
import { ConnectItem } from '../../../src'
import type { Locale } from './messages'

const TEXT = {
  'pt-BR': {
    connectNew: 'Conectar nova conta',
    panel: 'Conectar conta',
  },
  en: {
    connectNew: 'Connect a new account',
    panel: 'Connect account',
  },
  es: {
    connectNew: 'Conectar una cuenta nueva',
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

/** The button and the ConnectItem panel; a new connection goes to the page's list. */
export function ConnectNewAccount({
  locale,
  onConnected,
}: {
  locale: Locale
  onConnected: (itemId: string) => void
}) {
  const text = TEXT[locale]
  const current = useSyncExternalStore(subscribe, () => panel)
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
        <div className="mc-connectPanel">
          <ConnectItem
            key={current.itemId ?? 'new'}
            itemId={current.itemId}
            countries={['BR']}
            products={['ACCOUNTS', 'CREDIT_CARDS', 'TRANSACTIONS', 'IDENTITY']}
            oauthRedirectUri={redirectUri}
            headingLevel={2}
            onSuccess={(item) => onConnected(item.id)}
            onClose={close}
          />
        </div>
      )}
    </section>
  )
}
