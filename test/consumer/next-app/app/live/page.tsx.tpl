// Rendered per request, with dates around the request time and no `now` prop: the server
// (UTC) and the browser (São Paulo, seconds later) must still agree during hydration.
import { DeviceAuthorizationNotice, ItemConnectionStatus, StatusBanner } from 'farol'
import { describeItem, parseItem } from 'farol/core'

export const dynamic = 'force-dynamic'

const connector = { id: 0, name: 'Pluggy Bank', type: 'PERSONAL_BANK', credentials: [] }

export default function Live() {
  const now = Date.now()
  const iso = (offset: number) => new Date(now + offset).toISOString()
  const mfa = parseItem({
    id: 'live-mfa',
    status: 'WAITING_USER_INPUT',
    executionStatus: 'WAITING_USER_INPUT',
    connector,
    parameter: { name: 'token', label: 'Código', type: 'number', expiresAt: iso(170_000) },
    createdAt: iso(-60_000),
    updatedAt: iso(-1_000),
    lastUpdatedAt: iso(-59_500),
  })
  const nextAutoSyncAt = iso(3_600_000)
  const outdated = parseItem({
    id: 'live-outdated',
    status: 'OUTDATED',
    executionStatus: 'SITE_NOT_AVAILABLE',
    error: { code: 'SITE_NOT_AVAILABLE', message: 'Site unavailable' },
    connector,
    nextAutoSyncAt,
    consentExpiresAt: iso(3 * 86_400_000),
    createdAt: iso(-60_000),
    updatedAt: iso(-59_500),
    lastUpdatedAt: iso(-59_500),
  })
  return (
    <main data-case="live" data-next-auto-sync-at={nextAutoSyncAt}>
      <StatusBanner guidance={describeItem(outdated)} item={outdated} />
      <ItemConnectionStatus item={mfa} />
      <DeviceAuthorizationNotice
        deviceNickname="Pluggy - farol"
        expiresAt={iso(170_000)}
        connectorName="Pluggy Bank"
      />
    </main>
  )
}
