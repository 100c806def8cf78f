/**
 * The backgrounds farol draws text on, per theme: the surface and every tone's
 * background. Mirrors src/styles/farol.css (a test keeps the two in sync).
 */
export const THEME_BACKGROUNDS = {
  light: ['#ffffff', '#ecfdf3', '#eff8ff', '#fffaeb', '#fef3f2', '#f2f4f7'],
  dark: ['#15181c', '#0e2a1d', '#0d213d', '#2e2006', '#3a1515', '#22262c'],
} as const

export type ThemeName = keyof typeof THEME_BACKGROUNDS
