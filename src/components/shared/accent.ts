import type { CSSProperties } from 'react'
import { contrastRatio, parseHex, toHex } from './contrast'
import { THEME_BACKGROUNDS, type ThemeName } from './theme-colors'

/** WCAG AA for normal text. */
export const MIN_ACCENT_CONTRAST = 4.5

/**
 * The connector's `primaryColor` (hex without `#`) as a CSS colour, only when it
 * keeps at least 4.5:1 against every background of `theme` (links and button
 * labels sit on them). Anything that is not a 3- or 6-digit hex gives undefined.
 */
export function accentFromPrimaryColor(hex: unknown, theme: ThemeName): string | undefined {
  const rgb = parseHex(hex)
  if (!rgb) return undefined
  const readable = THEME_BACKGROUNDS[theme].every(
    (background) => contrastRatio(rgb, parseHex(background)!) >= MIN_ACCENT_CONTRAST,
  )
  return readable ? toHex(rgb) : undefined
}

/**
 * Inline custom properties carrying the connector's colour for each theme; the
 * stylesheet picks the one of the active theme (a component cannot know whether
 * CSS resolved light or dark). Empty when the colour fails both.
 */
// Connectors are few: a list of 500 items computes each colour's contrast once.
const accentStyles = new Map<unknown, CSSProperties>()

export function connectorAccentStyle(primaryColor: unknown): CSSProperties {
  let style = accentStyles.get(primaryColor)
  if (!style) {
    const light = accentFromPrimaryColor(primaryColor, 'light')
    const dark = accentFromPrimaryColor(primaryColor, 'dark')
    style = {
      ...(light && { '--farol-connector-accent-light': light }),
      ...(dark && { '--farol-connector-accent-dark': dark }),
    } as CSSProperties
    // Only strings are remembered (hostile input could be anything, of any size).
    if (typeof primaryColor === 'string' && primaryColor.length <= 8) {
      accentStyles.set(primaryColor, style)
    }
  }
  return style
}
