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

/** The `--farol-*: #hex` declarations of the first block after `selector`. */
function tokens(selector: string, from = 0): Record<string, string> {
  const start = css.indexOf(selector, from)
  expect(start, selector).toBeGreaterThanOrEqual(0)
  const open = css.indexOf('{', start)
  const close = css.indexOf('}', open)
  const block = css.slice(open + 1, close)
  return Object.fromEntries(
    [...block.matchAll(/(--farol-[\w-]+):\s*(#[0-9a-f]{3,6})\s*;/gi)].map((m) => [m[1]!, m[2]!]),
  )
}

const light = tokens(':where(:root) {')
const darkMedia = tokens(':where(:root) {', css.indexOf('@media (prefers-color-scheme: dark)'))
const darkAttr = tokens(":where([data-farol-theme='dark']) {")
const lightAttr = tokens(":where([data-farol-theme='light']) {")
const TONES = ['success', 'info', 'warning', 'danger', 'neutral'] as const
const ratio = (a: string, b: string) => contrastRatio(parseHex(a)!, parseHex(b)!)

describe('farol.css', () => {
  it('keeps everything in @layer farol and injects nothing dangerous', () => {
    expect(css.trimStart().startsWith('/*')).toBe(true)
    expect(css).toMatch(/@layer farol \{/)
    expect(css).not.toMatch(/!important|@import|url\(/)
  })

  it('declares the same tokens for dark (media and attribute) and light (root and attribute)', () => {
    expect(Object.keys(light).length).toBeGreaterThan(20)
    expect(darkAttr).toEqual(darkMedia)
    expect(lightAttr).toEqual(light)
    expect(Object.keys(darkMedia).sort()).toEqual(Object.keys(light).sort())
  })

  it.each([
    ['light', light],
    ['dark', darkMedia],
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
      ['dark', darkMedia],
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
