import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type HTMLAttributes,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type LabelHTMLAttributes,
} from 'react'
import type { ApiProblem, Connector } from '../../core/model'
import { useFarolStrings } from '../../i18n/react/use-farol-strings'
import { useSettledAnnouncement } from '../ConnectionList/use-announcement'
import { matchOptions, toOption, type PickerOption } from './match'
import { CONNECTOR_PICKER_STRINGS } from './strings'

export interface UseConnectorPickerProps {
  /** The institutions to choose from; `undefined` while they load. */
  connectors: readonly Connector[] | undefined
  /** Loading failed (the list, if any, is the last good one). */
  error?: ApiProblem | null
  /** Load the list again after an error. */
  onRetry?: () => void
  /** The user chose an institution (never an OFFLINE one). */
  onSelect: (connector: Connector) => void
  /** Escape in an empty search box (e.g. close the flow). */
  onEscape?: () => void
  /** The search text, controlled; else the picker keeps its own. */
  query?: string
  defaultQuery?: string
  onQueryChange?: (query: string) => void
}

/** 'loading': no list yet; 'error': none could be loaded; 'empty': nothing matches. */
export type ConnectorPickerState = 'loading' | 'error' | 'empty' | 'ready'

export interface ConnectorPickerResult {
  state: ConnectorPickerState
  query: string
  /** The institutions matching the query, in the order shown. */
  options: PickerOption[]
  /** Index in `options` of the highlighted one (`aria-activedescendant`), -1 for none. */
  activeIndex: number
  /** "12 instituições", once the typing settles: for the one polite live region. */
  announcement: string
  error: ApiProblem | null | undefined
  retry: (() => void) | undefined
  select: (option: PickerOption) => void
  /** The DOM id of an option. */
  optionId: (index: number) => string
  getLabelProps: () => LabelHTMLAttributes<HTMLLabelElement>
  getInputProps: () => InputHTMLAttributes<HTMLInputElement> & {
    ref: (el: HTMLInputElement | null) => void
  }
  getListboxProps: () => HTMLAttributes<HTMLUListElement>
  /** The same object on every render (options may be memoized); they read `data-index`. */
  optionHandlers: OptionHandlers
  getOptionProps: (
    index: number,
  ) => HTMLAttributes<HTMLLIElement> & OptionHandlers & { id: string; 'data-index': number }
}

export type OptionHandlers = Required<
  Pick<HTMLAttributes<HTMLLIElement>, 'onMouseDown' | 'onClick' | 'onMouseMove'>
>

const NO_CONNECTORS: readonly Connector[] = []

function firstSelectable(options: PickerOption[]): number {
  const index = options.findIndex((option) => option.selectable)
  return index === -1 ? (options.length > 0 ? 0 : -1) : index
}

/**
 * `ConnectorPicker`'s behaviour for any markup: a combobox (the search box)
 * controlling a listbox of institutions, after the ARIA combobox pattern. Focus
 * stays in the search box; ArrowUp/Down, Home/End move the highlight
 * (`aria-activedescendant`), Enter chooses it, Escape clears the search (then
 * calls `onEscape`). Matching is local: typing sends no request.
 */
export function useConnectorPicker(props: UseConnectorPickerProps): ConnectorPickerResult {
  const { connectors, error, onRetry, onEscape } = props
  const { t } = useFarolStrings(CONNECTOR_PICKER_STRINGS)
  const id = useId()
  const [ownQuery, setOwnQuery] = useState(props.defaultQuery ?? '')
  const query = props.query ?? ownQuery
  const catalogue = useMemo(
    () => (Array.isArray(connectors) ? connectors : NO_CONNECTORS).map(toOption),
    [connectors],
  )
  const options = useMemo(() => matchOptions(catalogue, query), [catalogue, query])
  // The highlight starts on the first choosable match each time the matches change.
  const [active, setActive] = useState({ options, index: firstSelectable(options) })
  const activeIndex = active.options === options ? active.index : firstSelectable(options)
  if (active.options !== options) setActive({ options, index: activeIndex })
  const moveTo = (index: number) => setActive({ options, index })

  const latest = useRef(props)
  useEffect(() => {
    latest.current = props
  })
  const select = useCallback((option: PickerOption) => {
    if (option.selectable) latest.current.onSelect(option.connector)
  }, [])

  const optionId = (index: number) => `${id}-option-${index}`
  const listboxId = `${id}-listbox`
  const labelId = `${id}-label`
  const inputRef = useRef<HTMLInputElement | null>(null)

  // Keep the highlighted option in view as the keyboard moves it.
  useEffect(() => {
    if (activeIndex < 0) return
    const element = inputRef.current?.ownerDocument.getElementById(`${id}-option-${activeIndex}`)
    element?.scrollIntoView?.({ block: 'nearest' })
  }, [activeIndex, id])

  const setQuery = (next: string) => {
    if (props.query === undefined) setOwnQuery(next)
    latest.current.onQueryChange?.(next)
  }

  const state: ConnectorPickerState =
    connectors === undefined
      ? error
        ? 'error'
        : 'loading'
      : options.length === 0
        ? 'empty'
        : 'ready'
  const announcement = useSettledAnnouncement(
    state === 'ready'
      ? t('connect.picker.results', { count: options.length })
      : state === 'empty'
        ? catalogue.length === 0
          ? t('connect.picker.emptyAll')
          : t('connect.picker.empty', { query })
        : '',
    500,
  )

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = options.length - 1
    let next: number | undefined
    switch (event.key) {
      case 'ArrowDown':
        next = activeIndex < last ? activeIndex + 1 : activeIndex
        break
      case 'ArrowUp':
        next = activeIndex > 0 ? activeIndex - 1 : 0
        break
      case 'Home':
        next = 0
        break
      case 'End':
        next = last
        break
      case 'Enter': {
        const option = options[activeIndex]
        if (option) {
          event.preventDefault()
          select(option)
        }
        return
      }
      case 'Escape':
        if (query) {
          event.preventDefault()
          setQuery('')
        } else if (onEscape) {
          event.preventDefault()
          onEscape()
        }
        return
      default:
        return
    }
    if (last < 0) return
    event.preventDefault()
    moveTo(next)
  }

  // One set of handlers for every option (they read `data-index`): options can be memoized.
  const current = useRef({ options, activeIndex, moveTo })
  useEffect(() => {
    current.current = { options, activeIndex, moveTo }
  })
  const optionHandlers = useMemo<OptionHandlers>(() => {
    const indexOf = (element: HTMLElement) => Number(element.dataset.index)
    return {
      // The search box keeps focus: a click picks without blurring it.
      onMouseDown: (event) => event.preventDefault(),
      onClick: (event) => {
        const option = current.current.options[indexOf(event.currentTarget)]
        if (option) select(option)
      },
      onMouseMove: (event) => {
        const index = indexOf(event.currentTarget)
        if (index !== current.current.activeIndex) current.current.moveTo(index)
      },
    }
  }, [select])

  const listed = options.length > 0
  return {
    state,
    query,
    options,
    activeIndex,
    announcement,
    error,
    retry: onRetry,
    select,
    optionId,
    getLabelProps: () => ({ id: labelId, htmlFor: `${id}-input` }),
    getInputProps: () => ({
      ref: (element) => {
        inputRef.current = element
      },
      id: `${id}-input`,
      type: 'search',
      role: 'combobox',
      value: query,
      autoComplete: 'off',
      autoCapitalize: 'off',
      spellCheck: false,
      'aria-autocomplete': 'list',
      'aria-expanded': listed,
      'aria-controls': listed ? listboxId : undefined,
      'aria-activedescendant': listed && activeIndex >= 0 ? optionId(activeIndex) : undefined,
      onChange: (event: ChangeEvent<HTMLInputElement>) => setQuery(event.target.value),
      onKeyDown,
    }),
    getListboxProps: () => ({
      id: listboxId,
      role: 'listbox',
      'aria-labelledby': labelId,
      'aria-busy': state === 'loading' || undefined,
    }),
    optionHandlers,
    getOptionProps: (index) => {
      const option = options[index]
      return {
        id: optionId(index),
        role: 'option',
        'aria-selected': index === activeIndex,
        'aria-disabled': option && !option.selectable ? true : undefined,
        'data-index': index,
        ...optionHandlers,
      }
    },
  }
}
