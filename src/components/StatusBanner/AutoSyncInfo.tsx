import type { ItemGuidance } from '../../core/model'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { STATUS_BANNER_STRINGS } from './strings'
import { autoSyncText } from './auto-sync-text'

export function AutoSyncInfo({
  guidance,
  now,
}: {
  guidance: Pick<ItemGuidance, 'phase' | 'autoSync'>
  now: Date
}) {
  const lines = autoSyncText(useFarolStrings(STATUS_BANNER_STRINGS), guidance, now)
  if (lines.length === 0) return null
  return <p className="farol-StatusBanner-autoSync">{lines.join(' ')}</p>
}
