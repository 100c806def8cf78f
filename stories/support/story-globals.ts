// The toolbar's globals (language, theme) as stories, decorators and play functions read them.
import type { StoryContext } from '@storybook/react-vite'
import type { FarolLocale } from '../../src/i18n'

export const STORY_LOCALES = ['pt-BR', 'en', 'es'] as const satisfies readonly FarolLocale[]

export const STORY_THEMES = ['light', 'dark', 'brand'] as const
export type StoryTheme = (typeof STORY_THEMES)[number]

/** The class of the example host brand (`.storybook/brand-theme.css`). */
export const BRAND_CLASS = 'roxo-theme'

type GlobalsContext = Pick<StoryContext, 'globals' | 'parameters'>

/** `parameters.locale` (a story that must run in one language), else the toolbar's. */
export function storyLocale({ globals, parameters }: GlobalsContext): string {
  const fromParameters = parameters.locale as unknown
  if (typeof fromParameters === 'string' && fromParameters) return fromParameters
  const fromGlobals = globals.locale as unknown
  return typeof fromGlobals === 'string' && fromGlobals ? fromGlobals : 'pt-BR'
}

export function storyTheme({ globals }: GlobalsContext): StoryTheme {
  const theme = globals.theme as unknown
  return STORY_THEMES.find((name) => name === theme) ?? 'light'
}
