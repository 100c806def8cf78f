import type { ButtonHTMLAttributes, HTMLAttributes } from 'react'
import { urgencyOf } from '../../core'
import type { ApiProblem, Item, ItemGuidance, UrgencyGroup } from '../../core'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { useNow } from '../shared'
import { headlineText } from './row-text'
import { initialsOf, institutionLogo, institutionName } from './institution'
import { rowTime, type RowTime } from './row-time'
import { CONNECTION_LIST_STRINGS } from './strings'

export interface UseConnectionRowProps {
  /** The row's key in the list (the item id, when it has one). */
  rowKey: string
  /** The item, once loaded: from `useItem(itemId)` or given. */
  item: Item | undefined
  guidance: ItemGuidance | undefined
  error?: ApiProblem
  isLoading?: boolean
  expanded: boolean
  onToggle: (rowKey: string) => void
  /** A unique prefix for the row's element ids. */
  idBase: string
  now?: Date
}

export interface ConnectionRowState {
  item: Item | undefined
  guidance: ItemGuidance | undefined
  error: ApiProblem | undefined
  isLoading: boolean
  group: UrgencyGroup
  expanded: boolean
  /** The institution's name as given ('' if none: `institutionLabel` has the fallback). */
  institution: string
  institutionLabel: string
  logoUrl: string | undefined
  initials: string
  /** One line: the guidance headline, "Carregando…", or the load failure. */
  statusText: string
  time: RowTime | undefined
  getRowProps: () => HTMLAttributes<HTMLElement> & Record<`data-${string}`, string>
  getToggleProps: () => ButtonHTMLAttributes<HTMLButtonElement>
  getPanelProps: () => HTMLAttributes<HTMLDivElement>
}

/**
 * One row of `ConnectionList`, from its item (`useItem(itemId)` in a row of
 * its own, so a change to one item re-renders only that row, or a given
 * item): the row's text and the disclosure's prop getters (a button with
 * aria-expanded / aria-controls, the panel it controls).
 */
export function useConnectionRow({
  rowKey,
  item,
  guidance,
  error,
  isLoading = false,
  expanded,
  onToggle,
  idBase,
  now: fixedNow,
}: UseConnectionRowProps): ConnectionRowState {
  const translation = useFarolStrings(CONNECTION_LIST_STRINGS)
  const now = useNow(fixedNow, 60_000)
  const group = urgencyOf({ itemId: rowKey, guidance, error })
  const institution = institutionName(item)
  const institutionLabel = institution || translation.t('status.institutionFallback')
  const statusText = guidance
    ? headlineText(translation, guidance.reason)
    : translation.t(error ? 'connections.list.loadError' : 'connections.list.loadingRow')
  const toggleId = `${idBase}-toggle`
  const panelId = `${idBase}-panel`
  return {
    item,
    guidance,
    error,
    isLoading,
    group,
    expanded,
    institution,
    institutionLabel,
    logoUrl: institutionLogo(item),
    initials: initialsOf(institutionLabel),
    statusText,
    time: rowTime(translation, item, guidance, now),
    getRowProps: () => ({
      'data-phase': guidance?.phase ?? (error ? 'error' : 'loading'),
      'data-tone': guidance?.tone ?? (error ? 'danger' : 'neutral'),
      'data-group': group,
      'data-expanded': String(expanded),
    }),
    getToggleProps: () => ({
      type: 'button',
      id: toggleId,
      'aria-expanded': expanded,
      'aria-controls': panelId,
      onClick: () => onToggle(rowKey),
    }),
    getPanelProps: () => ({
      id: panelId,
      role: 'region',
      'aria-labelledby': toggleId,
      hidden: !expanded,
    }),
  }
}
