import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  THEME_BACKGROUNDS,
  accentFromPrimaryColor,
  contrastRatio,
  parseHex,
} from '../../../src/components/shared'
import { connectorAccentStyle } from '../../../src/components/shared/accent'

// Read from disk: Vitest stubs .css imports (even ?raw) to an empty string.
const css = readFileSync(resolve(process.cwd(), 'src/styles/farol.css'), 'utf8')

/** The declarations of the first `{ … }` block after `selector` (no nested blocks inside). */
function block(selector: string, from = 0): string {
  const start = css.indexOf(selector, from)
  expect(start, selector).toBeGreaterThanOrEqual(0)
  const open = css.indexOf('{', start)
  return css.slice(open + 1, css.indexOf('}', open))
}

const HEX = '#[0-9a-f]{3,6}'
const COLOUR = new RegExp(
  `(--farol-[\\w-]+):\\s*var\\(--farol-on-light,\\s*(${HEX})\\)\\s*var\\(--farol-on-dark,\\s*(${HEX})\\)\\s*;`,
  'gi',
)

/** The colour tokens, per theme: `var(--farol-on-light, light) var(--farol-on-dark, dark)`. */
function themes(declarations: string) {
  const light: Record<string, string> = {}
  const dark: Record<string, string> = {}
  for (const [, name, lightValue, darkValue] of declarations.matchAll(COLOUR)) {
    light[name!] = lightValue!
    dark[name!] = darkValue!
  }
  return { light, dark }
}

const TOKENS_SELECTOR = ':where(:root, [data-farol-theme]) {'
const tokenBlock = block(TOKENS_SELECTOR)
const { light, dark } = themes(tokenBlock)
const TONES = ['success', 'info', 'warning', 'danger', 'neutral'] as const
const ratio = (a: string, b: string) => contrastRatio(parseHex(a)!, parseHex(b)!)

describe('farol.css', () => {
  it('keeps everything in @layer farol and injects nothing dangerous', () => {
    expect(css.trimStart().startsWith('/*')).toBe(true)
    expect(css).toMatch(/@layer farol \{/)
    expect(css).not.toMatch(/!important|@import|url\(/)
  })

  it('writes each colour token once, with its light and dark value side by side', () => {
    expect(Object.keys(light).length).toBeGreaterThan(20)
    expect(Object.keys(dark)).toEqual(Object.keys(light))
    const declared = [...tokenBlock.matchAll(/(--farol-[\w-]+):/g)].map(([, name]) => name)
    expect(declared).toEqual(Object.keys(light))
    for (const name of Object.keys(light)) {
      expect(css.split(`${name}:`).length - 1, `${name} declarations`).toBe(1)
    }
  })

  it('uses no CSS that build tools lower: light-dark(), @supports fallbacks, color-scheme values', () => {
    // lightningcss (Vite's default) rewrites light-dark() into variables it defines only
    // next to a literal color-scheme: hosts' production builds lost every colour.
    const code = css.replace(/\/\*[\s\S]*?\*\//g, '')
    expect(code).not.toMatch(/light-dark\(|@supports/)
    expect(code).not.toMatch(/(^|[\s;{])color-scheme:\s*(light|dark)/)
  })

  it('picks the theme: light, the OS preference, then data-farol-theme', () => {
    const toggles = (declarations: string) => ({
      scheme: /--farol-color-scheme:\s*(\w+)\s*;/.exec(declarations)?.[1],
      onLight: /--farol-on-light:\s*([^;]*);/.exec(declarations)?.[1]!.trim(),
      onDark: /--farol-on-dark:\s*([^;]*);/.exec(declarations)?.[1]!.trim(),
    })
    const lightTheme = { scheme: 'light', onLight: 'initial', onDark: '' }
    const darkTheme = { scheme: 'dark', onLight: '', onDark: 'initial' }
    expect(toggles(block(':where(:root) {'))).toEqual(lightTheme)
    const media = css.indexOf('@media (prefers-color-scheme: dark)')
    expect(toggles(block(':where(:root) {', media))).toEqual(darkTheme)
    const forcedDark = css.indexOf(":where([data-farol-theme='dark']) {")
    const forcedLight = css.indexOf(":where([data-farol-theme='light']) {")
    // Declared after the media query: on the same element, the attribute wins.
    expect(forcedDark).toBeGreaterThan(media)
    expect(forcedLight).toBeGreaterThan(media)
    expect(toggles(block(":where([data-farol-theme='dark']) {"))).toEqual(darkTheme)
    expect(toggles(block(":where([data-farol-theme='light']) {"))).toEqual(lightTheme)
    // Tokens are resolved again wherever a theme is forced.
    expect(css.indexOf(TOKENS_SELECTOR)).toBeGreaterThan(forcedLight)
    // Native controls follow farol's theme on farol's elements only.
    expect(block(":where([data-farol-theme], [class^='farol-'], [class*=' farol-']) {")).toMatch(
      /color-scheme:\s*var\(--farol-color-scheme\)/,
    )
  })

  it.each([
    ['light', light],
    ['dark', dark],
  ] as const)(
    '%s: text, muted, tone and accent colours reach 4.5:1 on every background',
    (_, t) => {
      const backgrounds = [t['--farol-surface']!, ...TONES.map((tone) => t[`--farol-${tone}-bg`]!)]
      for (const background of backgrounds) {
        for (const role of ['--farol-text', '--farol-muted', '--farol-accent']) {
          expect(ratio(t[role]!, background), `${role} on ${background}`).toBeGreaterThanOrEqual(
            4.5,
          )
        }
        for (const tone of TONES) {
          // Tone fg is used on its own bg and on the surface (product rows).
          const fg = t[`--farol-${tone}-fg`]!
          expect(ratio(fg, t[`--farol-${tone}-bg`]!), `${tone}-fg`).toBeGreaterThanOrEqual(4.5)
          expect(ratio(fg, t['--farol-surface']!), `${tone}-fg on surface`).toBeGreaterThanOrEqual(
            4.5,
          )
        }
      }
      expect(ratio(t['--farol-accent-fg']!, t['--farol-accent']!)).toBeGreaterThanOrEqual(4.5)
      expect(ratio(t['--farol-focus-ring']!, t['--farol-surface']!)).toBeGreaterThanOrEqual(3)
      expect(ratio(t['--farol-control-border']!, t['--farol-surface']!)).toBeGreaterThanOrEqual(3)
    },
  )

  it('matches the backgrounds the accent check uses', () => {
    for (const [theme, t] of [
      ['light', light],
      ['dark', dark],
    ] as const) {
      expect([...THEME_BACKGROUNDS[theme]]).toEqual([
        t['--farol-surface'],
        ...['success', 'info', 'warning', 'danger', 'neutral'].map(
          (tone) => t[`--farol-${tone}-bg`],
        ),
      ])
    }
  })

  it('shows focus and respects reduced motion', () => {
    expect(css).toMatch(/:focus-visible\s*\{[^}]*outline:/)
    expect(css).toMatch(
      /@media \(prefers-reduced-motion: reduce\)\s*\{[^}]*farol-Spinner[^}]*animation: none/,
    )
  })

  it('exposes the stable class names and state attributes the components use', () => {
    for (const selector of [
      '.farol-StatusBanner',
      ".farol-StatusBanner[data-tone='danger']",
      '.farol-ProductWarningList',
      ".farol-ProductWarningList-product[data-state='failed']",
      '.farol-ItemConnectionStatus',
      '.farol-Button',
      '.farol-Spinner',
    ]) {
      expect(css).toContain(selector)
    }
  })
})

describe('accentFromPrimaryColor', () => {
  it('accepts 3- and 6-digit hex, with or without #', () => {
    expect(accentFromPrimaryColor('0b3d91', 'light')).toBe('#0b3d91')
    expect(accentFromPrimaryColor('#000', 'light')).toBe('#000000')
    expect(accentFromPrimaryColor('FFF', 'dark')).toBe('#ffffff')
  })

  it('rejects anything that is not a hex colour', () => {
    for (const value of ['', 'red', '12345', '#12345g', 'ef294b;x', 'url(x)', ' ', null, 42, {}]) {
      expect(accentFromPrimaryColor(value, 'light')).toBeUndefined()
    }
  })

  it('rejects colours below 4.5:1 on any background of the theme', () => {
    expect(accentFromPrimaryColor('ef294b', 'light')).toBeUndefined() // Pluggy pink: 3.9:1 on white
    expect(accentFromPrimaryColor('ffe600', 'light')).toBeUndefined()
    expect(accentFromPrimaryColor('ffe600', 'dark')).toBe('#ffe600')
    expect(accentFromPrimaryColor('0b3d91', 'dark')).toBeUndefined()
  })

  it('gives only the theme variables whose colour passes', () => {
    expect(connectorAccentStyle('0b3d91')).toEqual({ '--farol-connector-accent-light': '#0b3d91' })
    expect(connectorAccentStyle('nope')).toEqual({})
  })

  it('computes WCAG ratios', () => {
    expect(contrastRatio(parseHex('000')!, parseHex('fff')!)).toBeCloseTo(21, 5)
    expect(contrastRatio(parseHex('777')!, parseHex('fff')!)).toBeCloseTo(4.48, 2)
  })
})
