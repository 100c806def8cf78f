// Every farol string, by key, in the three languages: for reviewing copy and finding the
// key to override (FarolProvider `resources`).
import { useEffect, useId, useState, type CSSProperties } from 'react'
import { FAROL_LOCALES, loadFarolLocale, type FarolLocale } from '../../src/i18n'

type Flat = Record<string, string>

function flatten(tree: unknown, prefix = '', into: Flat = {}): Flat {
  if (typeof tree === 'string') {
    into[prefix] = tree
  } else if (tree && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree)) {
      flatten(value, prefix ? `${prefix}.${key}` : key, into)
    }
  }
  return into
}

const cell: CSSProperties = {
  padding: '6px 10px',
  borderTop: '1px solid #d0d5dd',
  textAlign: 'left',
  verticalAlign: 'top',
}

export interface StringTableProps {
  /** Shown first in the filter box, e.g. `status.reason.invalid-credentials`. */
  initialFilter?: string
}

export function StringTable({ initialFilter = '' }: StringTableProps) {
  const id = useId()
  const [filter, setFilter] = useState(initialFilter)
  const [strings, setStrings] = useState<Record<FarolLocale, Flat> | undefined>()

  useEffect(() => {
    let current = true
    void Promise.all(FAROL_LOCALES.map((locale) => loadFarolLocale(locale))).then((loaded) => {
      if (!current) return
      const entries = FAROL_LOCALES.map((locale, index) => [locale, flatten(loaded[index])])
      setStrings(Object.fromEntries(entries) as Record<FarolLocale, Flat>)
    })
    return () => {
      current = false
    }
  }, [])

  const keys = Object.keys(strings?.['pt-BR'] ?? {})
  const needle = filter.trim().toLowerCase()
  const shown = keys.filter(
    (key) =>
      !needle ||
      key.toLowerCase().includes(needle) ||
      FAROL_LOCALES.some((locale) => strings?.[locale][key]?.toLowerCase().includes(needle)),
  )

  return (
    <div style={{ display: 'grid', gap: 12, fontFamily: 'system-ui, sans-serif' }}>
      <label htmlFor={id} style={{ display: 'grid', gap: 4, fontWeight: 600, maxWidth: 420 }}>
        Filter by key or text
        <input
          id={id}
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          style={{
            font: 'inherit',
            padding: '6px 8px',
            border: '1px solid #6b7280',
            borderRadius: 4,
          }}
        />
      </label>
      <table
        style={{ borderCollapse: 'collapse', width: '100%', fontSize: 14 }}
        data-testid="farol-strings"
      >
        <caption style={{ textAlign: 'left', fontWeight: 600, padding: '6px 0' }}>
          {strings ? `${shown.length} of ${keys.length} keys` : 'Loading…'}
        </caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>
              Key
            </th>
            {FAROL_LOCALES.map((locale) => (
              <th key={locale} scope="col" style={cell}>
                {locale}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((key) => (
            <tr key={key} data-key={key}>
              <th scope="row" style={{ ...cell, fontWeight: 400 }}>
                <code>{key}</code>
              </th>
              {FAROL_LOCALES.map((locale) => (
                <td key={locale} lang={locale} style={cell}>
                  {strings?.[locale][key] ?? '—'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
