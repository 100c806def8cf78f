import type { ItemGuidance } from '../../core/model'
import { useFarolTranslation } from '../../i18n'
import { autoSyncText } from './auto-sync-text'

export function AutoSyncInfo({
  guidance,
  now,
}: {
  guidance: Pick<ItemGuidance, 'phase' | 'autoSync'>
  now: Date
}) {
  const lines = autoSyncText(useFarolTranslation(), guidance, now)
  if (lines.length === 0) return null
  return <p className="farol-StatusBanner-autoSync">{lines.join(' ')}</p>
}
