// Every --farol-* custom property, read live from the page's stylesheets (so the table is
// always the CSS that ships), with its computed value in each theme of the toolbar.
import { useState, type CSSProperties } from 'react'
import { BRAND_CLASS } from '../support/story-globals'

/** `--farol-*` names declared on `:root` by the loaded stylesheets, in declaration order. */
export function farolTokenNames(doc: Document = document): string[] {
  const names: string[] = []
  const visit = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule && /:root/.test(rule.selectorText)) {
        for (const property of Array.from(rule.style)) {
          if (property.startsWith('--farol-') && !names.includes(property)) names.push(property)
        }
      }
      // @layer and @media blocks hold more rules.
      if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) visit(rule.cssRules)
    }
  }
  for (const sheet of Array.from(doc.styleSheets)) {
    try {
      visit(sheet.cssRules)
    } catch {
      // A cross-origin stylesheet: not ours.
    }
  }
  return names
}

const THEMES = [
  { key: 'light', label: 'Light', attributes: { 'data-farol-theme': 'light' } },
  { key: 'dark', label: 'Dark', attributes: { 'data-farol-theme': 'dark' } },
  {
    key: 'brand',
    label: 'Host brand (Roxo Bank)',
    attributes: { 'data-farol-theme': 'light', className: BRAND_CLASS },
  },
] as const

type ThemeKey = (typeof THEMES)[number]['key']
type Values = Record<string, Record<ThemeKey, string>>

function group(name: string): string {
  if (/-(success|info|warning|danger|neutral)-/.test(name)) return 'Tones'
  if (/radius|space|logo/.test(name)) return 'Shape and spacing'
  if (/font|line-height/.test(name)) return 'Type'
  return 'Colour roles'
}

const isColour = (value: string) => /^(#|rgb|hsl|oklch)/i.test(value)

const cell: CSSProperties = {
  padding: '6px 10px',
  borderTop: '1px solid #d0d5dd',
  textAlign: 'left',
}

function Value({ value }: { value: string }) {
  if (!value) return <span>—</span>
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      {isColour(value) && (
        <span
          aria-hidden="true"
          style={{
            display: 'inline-block',
            width: 28,
            height: 20,
            borderRadius: 4,
            border: '1px solid #6b7280',
            background: value,
          }}
        />
      )}
      <code>{value}</code>
    </span>
  )
}

/** Each token's computed value in each theme, read from throwaway elements on the page. */
function readTokenValues(): Values {
  const probes = THEMES.map(({ key, attributes }) => {
    const element = document.createElement('div')
    element.hidden = true
    element.setAttribute('data-farol-theme', attributes['data-farol-theme'])
    if ('className' in attributes) element.className = attributes.className
    document.body.append(element)
    return { key, element }
  })
  const values: Values = {}
  for (const name of farolTokenNames()) {
    const row = { light: '', dark: '', brand: '' }
    for (const { key, element } of probes) {
      // A colour token computes to its theme's side: the other side's var() is empty.
      row[key] = getComputedStyle(element).getPropertyValue(name).trim()
    }
    values[name] = row
  }
  for (const { element } of probes) element.remove()
  return values
}

/** The live token table of Docs/Theming. */
export function TokenTable() {
  const [values] = useState(readTokenValues)
  const names = Object.keys(values)
  const groups = [...new Set(names.map(group))]
  return (
    <div style={{ fontFamily: 'system-ui, sans-serif' }}>
      <table
        style={{ borderCollapse: 'collapse', width: '100%', fontSize: 14 }}
        data-testid="farol-tokens"
      >
        <caption style={{ textAlign: 'left', fontWeight: 600, padding: '6px 0' }}>
          {names.length} custom properties in src/styles/farol.css (computed in each theme)
        </caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>
              Token
            </th>
            {THEMES.map(({ key, label }) => (
              <th key={key} scope="col" style={cell}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((title) => (
          <tbody key={title}>
            <tr>
              <th colSpan={THEMES.length + 1} scope="colgroup" style={{ ...cell, paddingTop: 16 }}>
                {title}
              </th>
            </tr>
            {names
              .filter((name) => group(name) === title)
              .map((name) => (
                <tr key={name} data-token={name}>
                  <th scope="row" style={{ ...cell, fontWeight: 400, whiteSpace: 'nowrap' }}>
                    <code>{name}</code>
                  </th>
                  {THEMES.map(({ key }) => (
                    <td key={key} style={cell} data-theme={key}>
                      <Value value={values[name]?.[key] ?? ''} />
                    </td>
                  ))}
                </tr>
              ))}
          </tbody>
        ))}
      </table>
    </div>
  )
}
